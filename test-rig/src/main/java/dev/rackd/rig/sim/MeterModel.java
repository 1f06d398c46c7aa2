package dev.rackd.rig.sim;

import dev.rackd.config.PowerMeter;
import dev.rackd.config.PowerMeter.Phase;
import dev.rackd.hal.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A mains meter: per phase voltage, current, real power and power factor, plus its energy counter, frequency (and
 * neutral current on a three-phase meter). Currents follow the show's load; the phases are loaded
 * unevenly, as a real distro is.
 */
final class MeterModel implements DeviceModel {
    /** Share of the breaker a phase draws at full show load; L1 carries the most (the mains amps). */
    private static final double[] PHASE_SHARE = {0.72, 0.62, 0.52};

    private final PowerMeter meter;
    private final Mains mains;
    private final Drift[] ripple;
    private double energyWh;
    private final List<MetricSpec> metrics = new ArrayList<>();
    private final boolean neutral;

    MeterModel(PowerMeter meter, Mains mains, SplittableRandom random) {
        this.meter = meter;
        this.mains = mains;
        int n = meter.phases().size();
        this.ripple = new Drift[n];
        this.energyWh = 150_000 + random.nextInt(50_000);
        for (int i = 0; i < n; i++) {
            ripple[i] = new Drift(0.03, 5, random.split());
            String p = meter.phases().get(i).name().toLowerCase(java.util.Locale.ROOT) + "_";
            metrics.add(new MetricSpec(p + "voltage", Unit.VOLT, 0.1));
            metrics.add(new MetricSpec(p + "current", Unit.AMPERE, 0.001));
            metrics.add(new MetricSpec(p + "power", Unit.WATT, 0.1));
            metrics.add(new MetricSpec(p + "power_factor", Unit.NONE, 0.01));
        }
        // a PZEM reports 0.1 Hz steps, an Eastron 0.01 Hz
        metrics.add(new MetricSpec("energy", Unit.WATT_HOUR, 1)); // the meter's import counter, all its phases
        metrics.add(new MetricSpec("frequency", Unit.HERTZ, meter.kind() == PowerMeter.MeterKind.PZEM004T ? 0.1 : 0.01));
        neutral = n == 3;
        if (neutral) {
            metrics.add(new MetricSpec("neutral_current", Unit.AMPERE, 0.001));
        }
    }

    @Override
    public List<MetricSpec> metrics() {
        return metrics;
    }

    @Override
    public void step(double dtSeconds, double load, ShowLoad.Part part, double[] out) {
        mains.advance(System.nanoTime(), load);
        int k = 0;
        double[] amps = new double[meter.phases().size()];
        for (int i = 0; i < amps.length; i++) {
            Phase phase = meter.phases().get(i);
            double volts = mains.voltage(phase.ordinal());
            double share = PHASE_SHARE[phase.ordinal()] * (1 + ripple[i].step(dtSeconds));
            amps[i] = Math.max(0.05, meter.breakerAmps() * share * load);
            double pf = Math.min(0.99, 0.88 + 0.09 * load); // PFC supplies correct better when loaded
            double watts = volts * amps[i] * pf;
            energyWh += watts * dtSeconds / 3600;
            out[k++] = volts;
            out[k++] = amps[i];
            out[k++] = watts;
            out[k++] = pf;
        }
        out[k++] = Math.floor(energyWh);
        out[k++] = mains.frequencyHz();
        if (neutral) {
            // phasor sum of three currents 120 degrees apart
            out[k] = Math.sqrt(Math.max(0, amps[0] * amps[0] + amps[1] * amps[1] + amps[2] * amps[2]
                    - amps[0] * amps[1] - amps[1] * amps[2] - amps[2] * amps[0]));
        }
    }
}
