package dev.rackd.app.amps;

import dev.rackd.config.Amplifier;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How the crew names things: "Amp B ch 3", and channel numbers read out of metric names. */
final class AmpNames {
    private static final Pattern CHANNEL = Pattern.compile("ch(\\d{1,2})_(.+)");

    private AmpNames() {}

    static String amp(Amplifier amp) {
        return amp.label() == null || amp.label().isBlank() ? amp.id() : amp.label();
    }

    static String channel(Amplifier amp, int channel) {
        String name = amp.setting(channel).map(Amplifier.AmpChannel::name)
                .filter(n -> n != null && !n.isBlank() && !n.replace(" ", "").equalsIgnoreCase("ch" + channel))
                .map(n -> " (" + n + ")").orElse("");
        return amp(amp) + " ch " + channel + name;
    }

    /** The channel of a {@code chN_} metric, or 0. */
    static int channelOf(String metric) {
        Matcher m = CHANNEL.matcher(metric);
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** What follows {@code chN_}, or the whole metric. */
    static String quantityOf(String metric) {
        Matcher m = CHANNEL.matcher(metric);
        return m.matches() ? m.group(2) : metric;
    }

    /** One decimal, two where the amp's steps are finer: -2.35 dB set must not read as -2.4. */
    static String db(double v) {
        boolean tenths = Math.abs(v * 10 - Math.rint(v * 10)) < 0.05;
        return String.format(Locale.ROOT, tenths ? "%.1f dB" : "%.2f dB", v);
    }

    static String ohms(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%.0f Ω", v) : String.format(Locale.ROOT, "%.1f Ω", v);
    }
}
