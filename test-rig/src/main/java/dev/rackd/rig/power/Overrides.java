package dev.rackd.rig.power;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.DoubleSupplier;

/** Values the crew pinned through fault injection, by metric name, until released. */
final class Overrides {
    private final Map<String, Double> pinned = new ConcurrentHashMap<>();

    void pin(String metric, double value) {
        pinned.put(metric, value);
    }

    void release(String metric) {
        pinned.remove(metric);
    }

    void releaseAll() {
        pinned.clear();
    }

    /** An injected value: a number, or the crew is told what is allowed. */
    static double number(String value) {
        try {
            double v = Double.parseDouble(value);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("'" + value + "' is not a number or 'release'");
    }

    double get(String metric, DoubleSupplier model) {
        Double v = pinned.get(metric);
        return v != null ? v : model.getAsDouble();
    }
}
