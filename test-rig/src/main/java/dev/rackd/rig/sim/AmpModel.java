package dev.rackd.rig.sim;

import dev.rackd.config.Amplifier;
import dev.rackd.config.Amplifier.AmpChannel;
import dev.rackd.hal.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A DSP amplifier's channels: gain and mute as the show file sets them, the measured load near the
 * speaker's nominal impedance, the output voltage following the show, and a heat sink per channel that warms
 * with the power it delivers (more into 4 Ω than into 8 Ω; a muted channel stays cool). Metric names as the
 * amplifier drivers report them.
 */
final class AmpModel implements DeviceModel {
    private static final double UNSET_LOAD_OHMS = 8;
    /** Output voltage at the loudest moment of the show. */
    private static final double PEAK_VOLTS = 60;

    private final List<MetricSpec> metrics = new ArrayList<>();
    private final List<Channel> channels = new ArrayList<>();

    private record Channel(double gainDb, boolean muted, double loadOhms, Thermal heat, Drift impedance,
            Drift level) {}

    AmpModel(Amplifier amp, SplittableRandom random) {
        for (int ch = 1; ch <= amp.channels(); ch++) {
            AmpChannel set = setting(amp, ch);
            double ohms = set == null || set.loadOhms() <= 0 ? UNSET_LOAD_OHMS : set.loadOhms();
            double heavy = 4 / ohms; // 1 into 4 ohms, 0.5 into 8
            channels.add(new Channel(set == null ? 0 : set.gainDb(), set != null && set.muted(), ohms,
                    new Thermal(30, 30 * heavy, 150, 0.1), new Drift(0.02, 30, random.split()),
                    new Drift(2.0, 2, random.split())));
            String p = "ch" + ch + "_";
            metrics.add(new MetricSpec(p + "gain", Unit.DECIBEL, 0.1));
            metrics.add(new MetricSpec(p + "mute", Unit.NONE, 1));
            metrics.add(new MetricSpec(p + "load", Unit.OHM, 0.1));
            metrics.add(new MetricSpec(p + "output_voltage", Unit.VOLT, 0.1));
            metrics.add(new MetricSpec(p + "temperature", Unit.CELSIUS, 0.1));
        }
    }

    private static AmpChannel setting(Amplifier amp, int channel) {
        return amp.settings().stream().filter(s -> s.channel() == channel).findFirst().orElse(null);
    }

    @Override
    public List<MetricSpec> metrics() {
        return metrics;
    }

    @Override
    public void step(double dtSeconds, double load, ShowLoad.Part part, double[] out) {
        int k = 0;
        for (Channel c : channels) {
            double drive = c.muted() ? 0 : load;
            out[k++] = c.gainDb();
            out[k++] = c.muted() ? 1 : 0;
            out[k++] = c.loadOhms() * (1 + c.impedance().step(dtSeconds));
            double level = Math.pow(10, (c.gainDb() + c.level().step(dtSeconds)) / 20);
            out[k++] = Math.max(0, PEAK_VOLTS * drive * drive * level);
            out[k++] = c.heat().step(dtSeconds, drive);
        }
    }
}
