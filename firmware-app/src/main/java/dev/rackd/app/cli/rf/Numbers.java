package dev.rackd.app.cli.rf;

import dev.rackd.config.KhzRange;
import dev.rackd.config.WirelessReceiver;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The CLI's kHz spellings: whole numbers, ranges {@code 600000-614000}, comma lists. Errors exit with 2. */
final class Numbers {
    private Numbers() {}

    static int khz(CommandSpec spec, String what, String text, int min, int max) {
        return (int) longKhz(spec, what, text, min, max);
    }

    static long longKhz(CommandSpec spec, String what, String text, long min, long max) {
        String t = text.strip();
        if (!t.matches("-?\\d{1,9}")) {
            throw new ParameterException(spec.commandLine(), what + " '" + text
                    + "' is not a whole number of kHz (write 518200, not 518.2)");
        }
        long v = Long.parseLong(t);
        if (v < min || v > max) {
            // 470-534 is a range typed in MHz: read as kHz it would coordinate at the bottom of the long waves
            boolean mhz = v > 0 && v < min && v * 1000 >= min && v * 1000 <= max;
            throw new ParameterException(spec.commandLine(), what + " " + v + " is out of range (" + min + " to "
                    + max + (mhz ? " kHz; " + v + " looks like MHz: write " + v * 1000 : "") + ")");
        }
        return v;
    }

    static KhzRange range(CommandSpec spec, String what, String text) {
        String[] ends = text.strip().split("-", -1);
        if (ends.length != 2) {
            throw new ParameterException(spec.commandLine(), what + " '" + text + "' must be FROM-TO in kHz, e.g. "
                    + "470000-608000");
        }
        long from = longKhz(spec, what, ends[0], WirelessReceiver.LOWEST_KHZ, WirelessReceiver.HIGHEST_KHZ);
        long to = longKhz(spec, what, ends[1], WirelessReceiver.LOWEST_KHZ, WirelessReceiver.HIGHEST_KHZ);
        if (to < from) {
            throw new ParameterException(spec.commandLine(), what + " '" + text + "' ends below its start");
        }
        return new KhzRange(from, to);
    }

    static List<KhzRange> ranges(CommandSpec spec, String what, List<String> texts) {
        List<KhzRange> out = new ArrayList<>();
        for (String t : texts) {
            out.add(range(spec, what, t));
        }
        return out;
    }

    static List<Long> list(CommandSpec spec, String what, List<String> texts, long min, long max) {
        List<Long> out = new ArrayList<>();
        for (String t : texts) {
            out.add(longKhz(spec, what, t, min, max));
        }
        return out;
    }
}
