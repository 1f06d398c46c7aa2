package dev.rackd.rig.power;

import java.util.regex.Pattern;

/**
 * What one circuit draws per phase: a show's load (a slow swell between soundcheck and the loud songs)
 * around a third of the breaker, unequal between phases as real racks are, with some flicker; power
 * factor of switch-mode amplifiers; neutral current from the phase currents plus a triplen share.
 */
final class LoadModel {
    private static final Pattern METRICS = Pattern.compile("l[1-3]_(current|power_factor)|neutral_current");

    private final double breakerAmps;
    private final long t0 = System.nanoTime();
    private final Overrides overrides = new Overrides();

    LoadModel(double breakerAmps) {
        this.breakerAmps = breakerAmps;
    }

    /** @param phase 1..3 */
    double current(int phase) {
        return overrides.get("l" + phase + "_current", () -> {
            double s = seconds();
            double share = 0.30 + 0.04 * phase;
            double swell = 1 + 0.15 * Math.sin(2 * Math.PI * s / 240);
            double flicker = 0.02 * Math.sin(2 * Math.PI * s / 3.7 + phase);
            return breakerAmps * share * (swell + flicker);
        });
    }

    double powerFactor(int phase) {
        return overrides.get("l" + phase + "_power_factor", () -> 0.94 + 0.01 * phase);
    }

    /** Vector sum of the three phase currents (120° apart) plus 30 % of the mean for triplen harmonics. */
    double neutralCurrent() {
        return overrides.get("neutral_current", () -> {
            double a = current(1);
            double b = current(2);
            double c = current(3);
            double re = a - 0.5 * b - 0.5 * c;
            double im = Math.sqrt(3) / 2 * (b - c);
            return Math.hypot(re, im) + 0.3 * (a + b + c) / 3;
        });
    }

    /** Whether injection can pin {@code metric} on this circuit. */
    boolean knows(String metric) {
        return METRICS.matcher(metric).matches();
    }

    /** @return false (and nothing pinned) for a metric the circuit does not know */
    boolean pin(String metric, double value) {
        if (!knows(metric)) {
            return false;
        }
        overrides.pin(metric, value);
        return true;
    }

    void release(String metric) {
        overrides.release(metric);
    }

    private double seconds() {
        return (System.nanoTime() - t0) / 1e9;
    }
}
