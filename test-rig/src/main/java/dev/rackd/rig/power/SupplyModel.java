package dev.rackd.rig.power;

import java.util.Set;

/**
 * The venue's supply as the meters see it: per-phase voltage and one frequency, drifting slowly around
 * nominal (a few volts over minutes, a few hundredths of a hertz) unless pinned by injection.
 */
final class SupplyModel {
    static final Set<String> METRICS = Set.of("l1_voltage", "l2_voltage", "l3_voltage", "frequency");

    private final double nominalV;
    private final double nominalHz;
    private final long t0 = System.nanoTime();
    private final Overrides overrides = new Overrides();

    SupplyModel(double nominalV, double nominalHz) {
        this.nominalV = nominalV;
        this.nominalHz = nominalHz;
    }

    /** @param phase 1..3 */
    double voltage(int phase) {
        return overrides.get("l" + phase + "_voltage",
                () -> nominalV + 2.0 * Math.sin(2 * Math.PI * seconds() / 300 + phase * 1.3));
    }

    double frequency() {
        return overrides.get("frequency", () -> nominalHz + 0.03 * Math.sin(2 * Math.PI * seconds() / 120));
    }

    /** Whether injection can pin {@code metric} here; {@code voltage} stands for all three phases. */
    boolean knows(String metric) {
        return metric.equals("voltage") || METRICS.contains(metric);
    }

    /** @return false (and nothing pinned) for a metric the supply does not know */
    boolean pin(String metric, double value) {
        if (metric.equals("voltage")) {
            for (int p = 1; p <= 3; p++) {
                overrides.pin("l" + p + "_voltage", value);
            }
            return true;
        }
        if (!METRICS.contains(metric)) {
            return false;
        }
        overrides.pin(metric, value);
        return true;
    }

    void release(String metric) {
        if (metric.equals("voltage")) {
            for (int p = 1; p <= 3; p++) {
                overrides.release("l" + p + "_voltage");
            }
            return;
        }
        overrides.release(metric);
    }

    private double seconds() {
        return (System.nanoTime() - t0) / 1e9;
    }
}
