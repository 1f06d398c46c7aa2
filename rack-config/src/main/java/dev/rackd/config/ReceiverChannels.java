package dev.rackd.config;

import dev.rackd.config.WirelessReceiver.ChannelUse;
import dev.rackd.config.WirelessReceiver.ReceiverKind;
import dev.rackd.config.WirelessReceiver.WirelessChannel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@code wireless.receivers[].channels}: what each receiver carries. */
final class ReceiverChannels {
    static final List<String> KEYS = List.of("channel", "name", "use", "frequency_khz", "auto_retune", "locked");

    private ReceiverChannels() {}

    /** How many channels the largest model of each receiver family has (ULXD4Q and AD4Q: four; EW: one). */
    static int most(ReceiverKind kind) {
        return switch (kind) {
            case SHURE_ULXD, SHURE_AXIENT -> 4;
            case SHURE_SLXD -> 2;
            case SHURE_QLXD, SENNHEISER_EW -> 1;
        };
    }

    /** The models of a family and their channel counts, for messages: the show file names the family only. */
    static String models(ReceiverKind kind) {
        return switch (kind) {
            case SHURE_ULXD -> "ULXD4Q 4, ULXD4D 2, ULXD4 1";
            case SHURE_AXIENT -> "AD4Q 4, AD4D 2";
            case SHURE_SLXD -> "SLXD4D 2, SLXD4 1";
            case SHURE_QLXD -> "QLXD4 1";
            case SENNHEISER_EW -> "EM 1";
        };
    }

    /**
     * A receiver's {@code channels}: numbers the model has, frequencies it can tune that the venue allows, none
     * used twice.
     */
    static List<WirelessChannel> read(Fields receiver, ReceiverKind kind, TuningGrid grid, String id,
                                      Registry registry) {
        int most = ReceiverChannels.most(kind);
        if (!receiver.has("channels")) {
            receiver.missing("channels", "a list of the receiver's channels, e.g. - {channel: 1, name: Vox 1}");
            return List.of();
        }
        List<WirelessChannel> channels = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (Fields f : receiver.items("channels", KEYS)) {
            String model = "a " + Values.spelling(kind) + " has " + (most == 1 ? "one channel" : most
                    + " channels at most: " + models(kind));
            String range = most == 1 ? "1" : "1 to " + most;
            // any whole number is read, so that 0 and 17 get the family's own limit, as 5 does
            var number = f.optionalInteger("channel", Long.MIN_VALUE, Long.MAX_VALUE, "");
            if (!f.has("channel")) {
                f.missing("channel", range + " (" + model + ")");
            } else if (number.isPresent() && (number.getAsLong() < 1 || number.getAsLong() > most)) {
                f.error("channel", "channel " + number.getAsLong() + " does not exist; allowed: " + range + " ("
                        + model + ")");
            } else if (number.isPresent() && !seen.add(number.getAsLong())) {
                f.error("channel", "channel " + number.getAsLong() + " is listed twice; allowed: each channel once");
            }
            int channel = (int) number.orElse(1);
            long frequency = f.integer("frequency_khz", 0, 0, (int) WirelessReader.MAX_KHZ, "kHz");
            if (frequency != 0) {
                usable(f, frequency, grid, receiver.has("step_khz"));
            }
            boolean locked = f.flag("locked", false);
            if (locked && frequency == 0) {
                f.error("locked", "a locked channel needs its frequency; required: frequency_khz with locked: true");
            }
            if (frequency != 0) {
                registry.claimFrequency(f, frequency, (id.isEmpty() ? receiver.path() : id) + " ch " + channel);
            }
            channels.add(new WirelessChannel(channel, f.text("name", "ch " + channel, "any text, e.g. Vox 1"),
                    f.choice("use", ChannelUse.class, ChannelUse.MIC, "use"), frequency, f.flag("auto_retune", false),
                    locked));
        }
        if (channels.isEmpty() && receiver.has("channels")) {
            receiver.error("channels", "no channels listed; required: at least one channel");
        }
        return channels;
    }

    /** A frequency the receiver cannot tune, or one the venue has ruled out, is reported with where to go instead. */
    private static void usable(Fields f, long frequency, TuningGrid grid, boolean stepWritten) {
        if (frequency < grid.minKhz() || frequency > grid.maxKhz()) {
            f.error("frequency_khz", frequency + " kHz is outside this receiver's band; allowed: 0 (none yet) or "
                    + grid.minKhz() + " to " + grid.maxKhz() + " kHz" + grid.nearest(frequency).map(n -> ", nearest "
                    + n).orElse(""));
            return;
        }
        String nearest = grid.nearest(frequency).map(n -> ", nearest " + n)
                .orElse(" (none is left: wireless.coordination rules out the whole band)");
        var excluded = grid.exclusionOf(frequency);
        if (excluded.isPresent()) {
            f.error("frequency_khz", frequency + " kHz is inside " + excluded.get().source() + "; allowed: 0 (none"
                    + " yet) or a frequency outside it" + nearest);
        } else if (!grid.onGrid(frequency)) {
            f.error("frequency_khz", frequency + " kHz is between this receiver's " + grid.stepKhz() + " kHz tuning"
                    + " steps (" + (stepWritten ? "" : "the step_khz default, ") + "counted from tuning_min_khz "
                    + grid.minKhz() + "); allowed: 0 (none yet) or a frequency on them" + nearest);
        }
    }
}
