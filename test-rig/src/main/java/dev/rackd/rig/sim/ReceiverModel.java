package dev.rackd.rig.sim;

import dev.rackd.config.WirelessReceiver;
import dev.rackd.config.WirelessReceiver.ReceiverKind;
import dev.rackd.config.WirelessReceiver.WirelessChannel;
import dev.rackd.hal.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A wireless receiver's channels: carrier frequency, RF level fading around -60 dBm as the performer
 * moves, audio level following the show, and a transmitter battery that drains (ten times faster than
 * real time, so a demo sees it) and is swapped for a full one at a changeover once it runs low.
 * Sennheiser EW reports battery bars only; Shure also minutes left.
 */
final class ReceiverModel implements DeviceModel {
    static final double DRAIN_SPEEDUP = 10;
    private static final double FULL_MINUTES = 480;
    private static final double SWAP_BELOW_MINUTES = 90;

    private final List<MetricSpec> metrics = new ArrayList<>();
    private final List<Channel> channels = new ArrayList<>();
    private final boolean minutes;

    private static final class Channel {
        final double frequencyKhz;
        final Drift rf;
        final Drift audio;
        double batteryMinutes;

        Channel(double frequencyKhz, Drift rf, Drift audio, double batteryMinutes) {
            this.frequencyKhz = frequencyKhz;
            this.rf = rf;
            this.audio = audio;
            this.batteryMinutes = batteryMinutes;
        }
    }

    ReceiverModel(WirelessReceiver receiver, SplittableRandom random) {
        this.minutes = receiver.kind() != ReceiverKind.SENNHEISER_EW;
        for (WirelessChannel ch : receiver.channels()) {
            double khz = ch.frequencyKhz() > 0 ? ch.frequencyKhz()
                    : receiver.tuningMinKhz() + (long) receiver.stepKhz() * 40 * ch.channel();
            channels.add(new Channel(khz, new Drift(5, 3, random.split()), new Drift(4, 1.5, random.split()),
                    FULL_MINUTES * (0.55 + 0.4 * random.nextDouble())));
            String p = "ch" + ch.channel() + "_";
            metrics.add(new MetricSpec(p + "frequency", Unit.KILOHERTZ, 1));
            metrics.add(new MetricSpec(p + "rf", Unit.DBM, 1));
            metrics.add(new MetricSpec(p + "audio", Unit.DBFS, 1));
            metrics.add(new MetricSpec(p + "battery_bars", Unit.NONE, 1));
            if (minutes) {
                metrics.add(new MetricSpec(p + "battery_minutes", Unit.MINUTE, 1));
            }
        }
    }

    @Override
    public List<MetricSpec> metrics() {
        return metrics;
    }

    @Override
    public void step(double dtSeconds, double load, ShowLoad.Part part, double[] out) {
        int k = 0;
        for (Channel c : channels) {
            c.batteryMinutes = Math.max(0, c.batteryMinutes - dtSeconds / 60 * DRAIN_SPEEDUP);
            if (part == ShowLoad.Part.CHANGEOVER && c.batteryMinutes < SWAP_BELOW_MINUTES) {
                c.batteryMinutes = FULL_MINUTES;
            }
            out[k++] = c.frequencyKhz;
            out[k++] = Math.max(-95, Math.min(-25, -60 + c.rf.step(dtSeconds)));
            out[k++] = Math.max(-90, Math.min(0, -55 + 40 * load + c.audio.step(dtSeconds)));
            out[k++] = Math.ceil(c.batteryMinutes / (FULL_MINUTES / 5));
            if (minutes) {
                out[k++] = Math.floor(c.batteryMinutes);
            }
        }
    }
}
