package dev.rackd.app.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rackd.app.command.Json;
import dev.rackd.hal.Quality;
import dev.rackd.hal.Reading;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last hour of every metric for the trend lines, in memory and bounded: one column per step (the
 * mean of the good readings in that step, a gap when there were none), {@code slots} columns in a ring,
 * at most {@link #MAX_SERIES} metrics. 360 slots of 10 s for 500 metrics is about 720 kB.
 */
public final class MetricHistory {
    static final int MAX_SERIES = 500;

    private final int slots;
    private final Duration step;
    private final Map<String, StepMean> pending = new ConcurrentHashMap<>();
    private final Map<String, float[]> series = new LinkedHashMap<>();
    private final long[] times;
    private int next;
    private int filled;

    public MetricHistory(int slots, Duration step) {
        this.slots = slots;
        this.step = step;
        this.times = new long[slots];
    }

    /** An hour at one sample per 10 s. */
    public static MetricHistory lastHour() {
        return new MetricHistory(360, Duration.ofSeconds(10));
    }

    public Duration step() {
        return step;
    }

    /** From any thread, for every reading: cheap, never blocks for long. */
    public void accept(Reading r) {
        if (r.quality() != Quality.GOOD || !Double.isFinite(r.value())) {
            return;
        }
        String key = r.deviceId() + "/" + r.metric();
        StepMean m = pending.get(key);
        if (m == null) {
            if (pending.size() >= MAX_SERIES) {
                return;
            }
            m = pending.computeIfAbsent(key, k -> new StepMean());
        }
        m.add(r.value());
    }

    /** Closes the current step as of {@code now}; returns that column as {@code {t, values}}. */
    public synchronized ObjectNode sample(Instant now) {
        int slot = next;
        times[slot] = now.toEpochMilli();
        for (float[] s : series.values()) {
            s[slot] = Float.NaN;
        }
        ObjectNode column = Json.MAPPER.createObjectNode();
        column.put("t", times[slot]);
        ObjectNode values = column.putObject("values");
        pending.forEach((key, mean) -> {
            double v = mean.take();
            if (Double.isNaN(v)) {
                return;
            }
            float[] s = series.computeIfAbsent(key, k -> emptySeries());
            s[slot] = (float) v;
            values.put(key, (float) v);
        });
        next = (slot + 1) % slots;
        filled = Math.min(filled + 1, slots);
        return column;
    }

    /** Oldest first: {@code {step_s, times: [ms...], series: {key: [value|null...]}}} for the keys asked. */
    public synchronized ObjectNode snapshot(Collection<String> keys) {
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.put("step_s", step.toSeconds());
        ArrayNode t = out.putArray("times");
        int first = (next - filled + slots) % slots;
        for (int i = 0; i < filled; i++) {
            t.add(times[(first + i) % slots]);
        }
        ObjectNode all = out.putObject("series");
        for (String key : keys) {
            float[] s = series.get(key);
            if (s == null) {
                continue;
            }
            ArrayNode values = all.putArray(key);
            for (int i = 0; i < filled; i++) {
                float v = s[(first + i) % slots];
                if (Float.isNaN(v)) {
                    values.addNull();
                } else {
                    values.add(v);
                }
            }
        }
        return out;
    }

    private float[] emptySeries() {
        float[] s = new float[slots];
        Arrays.fill(s, Float.NaN);
        return s;
    }
}
