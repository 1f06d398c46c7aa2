package dev.rackd.rig.sim;

import dev.rackd.config.MainsSettings;
import java.util.SplittableRandom;

/**
 * The venue's supply, shared by every meter: each phase's voltage wanders around nominal and sags a
 * little under load; the frequency wanders a little on the grid and more on a generator.
 */
final class Mains {
    private static final double SAG_AT_FULL_LOAD_V = 4.0;

    private final MainsSettings settings;
    private final Drift[] phaseDrift = new Drift[3];
    private final Drift frequencyDrift;
    private final double[] voltage = new double[3];
    private double frequencyHz;
    private long lastStepNanos;

    Mains(MainsSettings settings, SplittableRandom random) {
        this.settings = settings;
        double spread = settings.nominalVoltage() * 0.006;
        for (int i = 0; i < 3; i++) {
            phaseDrift[i] = new Drift(spread, 120, random.split());
        }
        boolean generator = settings.mode() == MainsSettings.MainsMode.GENERATOR;
        frequencyDrift = new Drift(settings.nominalFrequencyHz() * (generator ? 0.004 : 0.0004), generator ? 20 : 60,
                random.split());
        step(0, 0.1);
    }

    /** Advances to now (once per moment, however many meters ask). */
    synchronized void advance(long nowNanos, double load) {
        double dt = lastStepNanos == 0 ? 0 : (nowNanos - lastStepNanos) / 1e9;
        if (lastStepNanos == 0 || dt >= 0.05) {
            step(dt, load);
            lastStepNanos = nowNanos;
        }
    }

    /** @param phase 0 for L1, 1 for L2, 2 for L3 */
    synchronized double voltage(int phase) {
        return voltage[phase];
    }

    synchronized double frequencyHz() {
        return frequencyHz;
    }

    private void step(double dt, double load) {
        for (int i = 0; i < 3; i++) {
            voltage[i] = settings.nominalVoltage() + phaseDrift[i].step(dt) - SAG_AT_FULL_LOAD_V * load;
        }
        frequencyHz = settings.nominalFrequencyHz() + frequencyDrift.step(dt);
    }
}
