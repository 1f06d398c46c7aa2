package dev.rackd.rig.sim;

import dev.rackd.hal.Device;
import dev.rackd.hal.DeviceListener;
import dev.rackd.hal.Quality;
import dev.rackd.hal.Reading;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A simulated device in-process: a {@link Device} whose readings come from a {@link DeviceModel} driven by
 * the show's load, polled on its own virtual thread like a real driver. Faults are injected per metric
 * (a fixed value until released) or for the whole device (offline, garbage readings, online again).
 */
public final class VirtualDevice implements Device {
    private static final Logger log = LoggerFactory.getLogger(VirtualDevice.class);

    enum Mode { ONLINE, OFFLINE, GARBAGE }

    private final String id;
    private final DeviceModel model;
    private final Duration poll;
    private final Clock clock;
    private final long startNanos;
    private final Map<String, Double> overrides = new ConcurrentHashMap<>();
    private final AtomicLong cycles = new AtomicLong();
    private volatile Mode mode = Mode.ONLINE;
    private volatile boolean closed;
    private Thread thread;

    /** @param startNanos {@link System#nanoTime()} when the simulation started: time zero of the show load */
    VirtualDevice(String id, DeviceModel model, Duration poll, Clock clock, long startNanos) {
        this.id = id;
        this.model = model;
        this.poll = poll;
        this.clock = clock;
        this.startNanos = startNanos;
    }

    @Override
    public String id() {
        return id;
    }

    public Set<String> metricNames() {
        return model.metrics().stream().map(MetricSpec::name).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public synchronized void start(DeviceListener listener) {
        if (thread == null && !closed) {
            thread = Thread.ofVirtual().name("sim-" + id).start(() -> run(listener));
        }
    }

    @Override
    public long cycles() {
        return cycles.get();
    }

    /** As {@link dev.rackd.app.sim.Simulation#inject}, for this device. */
    public void inject(String target, String value) {
        if ("state".equals(target)) {
            mode = switch (value) {
                case "offline" -> Mode.OFFLINE;
                case "online" -> Mode.ONLINE;
                case "garbage" -> Mode.GARBAGE;
                default -> throw new IllegalArgumentException(id + " is simulated by a value model: its state"
                        + " takes offline, online or garbage, not '" + value + "'");
            };
            return;
        }
        if (!metricNames().contains(target)) {
            throw new IllegalArgumentException(id + " has no metric '" + target + "'; it has "
                    + model.metrics().stream().map(MetricSpec::name).collect(Collectors.joining(", ")));
        }
        if ("release".equals(value)) {
            overrides.remove(target);
            return;
        }
        double v;
        try {
            v = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a metric takes a number or 'release', not '" + value + "'");
        }
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("a metric takes a finite number, not '" + value + "'");
        }
        overrides.put(target, v);
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void run(DeviceListener listener) {
        List<MetricSpec> metrics = model.metrics();
        double[] values = new double[metrics.size()];
        Mode reported = null;
        long last = System.nanoTime();
        while (!closed) {
            long now = System.nanoTime();
            double t = (now - startNanos) / 1e9;
            model.step((now - last) / 1e9, ShowLoad.at(t), ShowLoad.partAt(t), values);
            last = now;
            Mode m = mode;
            try {
                if (m != reported) {
                    boolean online = m != Mode.OFFLINE;
                    if (reported == null || online != (reported != Mode.OFFLINE)) {
                        listener.online(id, online, online ? "simulated device answers" : "simulated: unplugged");
                    }
                    reported = m;
                }
                if (m != Mode.OFFLINE) {
                    emit(listener, metrics, values, m == Mode.GARBAGE, clock.instant());
                }
            } catch (RuntimeException e) {
                log.error("listener failed for simulated {}", id, e);
            }
            cycles.incrementAndGet();
            try {
                Thread.sleep(poll);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void emit(DeviceListener listener, List<MetricSpec> metrics, double[] values, boolean garbage,
            Instant now) {
        for (int i = 0; i < metrics.size(); i++) {
            MetricSpec spec = metrics.get(i);
            if (garbage) {
                listener.reading(new Reading(id, spec.name(), Double.NaN, spec.unit(), now, Quality.FAULT));
            } else {
                Double forced = overrides.get(spec.name());
                double v = forced != null ? forced : spec.round(values[i]);
                listener.reading(Reading.good(id, spec.name(), v, spec.unit(), now));
            }
        }
    }
}
