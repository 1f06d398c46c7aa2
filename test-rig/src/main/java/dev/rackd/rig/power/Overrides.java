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

    boolean release(String metric) {
        return pinned.remove(metric) != null;
    }

    void releaseAll() {
        pinned.clear();
    }

    /** An injected value: a number, or the crew is told what is allowed. */
    static double number(String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + value + "' is not a number or 'release'");
        }
    }

    double get(String metric, DoubleSupplier model) {
        Double v = pinned.get(metric);
        return v != null ? v : model.getAsDouble();
    }
}
