package dev.rackd.hal.poll;

import dev.rackd.hal.Quality;
import dev.rackd.hal.Reading;
import dev.rackd.hal.Unit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The readings of one poll, all stamped with the same time; implausible values become FAULT, not numbers, and values
 * beyond what the device measures become FAULT with their number kept.
 */
public final class ReadingBatch {
    private final String deviceId;
    private final Instant time;
    private final List<Reading> readings = new ArrayList<>();

    public ReadingBatch(String deviceId, Instant time) {
        this.deviceId = deviceId;
        this.time = time;
    }

    public ReadingBatch add(String metric, double value, Unit unit) {
        return add(metric, value, unit, Double.isFinite(value));
    }

    /** @param plausible false turns the value into a FAULT reading with NaN */
    public ReadingBatch add(String metric, double value, Unit unit, boolean plausible) {
        readings.add(plausible && Double.isFinite(value)
                ? new Reading(deviceId, metric, value, unit, time, Quality.GOOD)
                : new Reading(deviceId, metric, Double.NaN, unit, time, Quality.FAULT));
        return this;
    }

    /**
     * As {@link #add(String, double, Unit, boolean)}; a plausible value outside {@code inRange} is a FAULT that keeps its
     * number: 400 V on a meter that measures up to 260 V is a real supply fault to name, not a corrupted answer.
     */
    public ReadingBatch add(String metric, double value, Unit unit, boolean plausible, boolean inRange) {
        if (plausible && !inRange && Double.isFinite(value)) {
            readings.add(new Reading(deviceId, metric, value, unit, time, Quality.FAULT));
            return this;
        }
        return add(metric, value, unit, plausible);
    }

    public List<Reading> readings() {
        return List.copyOf(readings);
    }
}
