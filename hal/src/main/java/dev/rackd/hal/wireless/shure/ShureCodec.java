package dev.rackd.hal.wireless.shure;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The Shure command strings (ULX-D, QLX-D, SLX-D, Axient Digital; TCP port 2202): ASCII frames {@code < ... >}.
 * Pure functions: frames to messages, commands to bytes, and the scaling and sentinel values of the properties. The
 * families name some properties differently (ULX-D and QLX-D {@code BATT_BARS}, {@code BATT_RUN_TIME},
 * {@code RF_INT_DET}; SLX-D and Axient Digital {@code TX_BATT_BARS}, {@code TX_BATT_MINS}, Axient
 * {@code INTERFERENCE_STATUS}) with the same values, and meter differently ({@link ShureSamples}).
 */
public final class ShureCodec {
    /** Battery bars when no transmitter is linked or the battery type is unknown. */
    public static final int BARS_UNKNOWN = 255;
    /** Battery run time when it is unknown. */
    public static final int MINUTES_UNKNOWN = 65535;
    /** Battery run time while the transmitter is still working it out. */
    public static final int MINUTES_CALCULATING = 65534;
    /** Battery run time when the transmitter cannot talk to its battery. */
    public static final int MINUTES_COMM_WARNING = 65533;
    /** AUDIO_GAIN is 0..60 for -18..+42 dB. */
    static final int GAIN_OFFSET_DB = 18;

    private ShureCodec() {}

    public static String get(int channel, String property) {
        return channel == 0 && !property.equals("ALL") ? "< GET " + property + " >" : "< GET " + channel + " " + property + " >";
    }

    public static String setFrequency(int channel, long khz) {
        if (channel < 1 || channel > 8 || khz < 1 || khz > 9_999_999) {
            throw new IllegalArgumentException("cannot set channel " + channel + " to " + khz + " kHz");
        }
        return String.format(Locale.ROOT, "< SET %d FREQUENCY %06d >", channel, khz);
    }

    /** Metering every {@code millis} ms; 0 switches it off. */
    public static String meterRate(int channel, int millis) {
        if (millis < 0 || millis > 99_999) {
            throw new IllegalArgumentException("meter rate must be 0 to 99999 ms, got " + millis);
        }
        return String.format(Locale.ROOT, "< SET %d METER_RATE %05d >", channel, millis);
    }

    /** Decodes the text between {@code <} and {@code >} (exclusive) by {@code family}'s rules. Never throws. */
    public static ShureMessage decode(String inner, ShureFamily family) {
        String[] t = inner.strip().split("\\s+");
        if (t.length >= 2 && t[0].equals("REP") && t[1].equals("ERR")) {
            return new ShureMessage.Refused();
        }
        if (t.length >= 3 && t[0].equals("SAMPLE") && t[2].equals("ALL")) {
            return ShureSamples.decode(inner, t, family);
        }
        if (t.length >= 3 && t[0].equals("REP")) {
            OptionalInt ch = number(t[1], 0, 8);
            if (ch.isPresent() && t.length >= 4 && isProperty(t[2])) {
                return new ShureMessage.Report(ch.getAsInt(), t[2], valueAfter(inner, t[2]));
            }
            if (isProperty(t[1])) {
                return new ShureMessage.Report(0, t[1], valueAfter(inner, t[1]));
            }
        }
        return new ShureMessage.Unknown(inner);
    }

    /** FREQUENCY value in kHz (6 or 7 digits, leading zeros allowed). */
    public static OptionalLong frequencyKhz(String value) {
        return value.matches("\\d{4,8}") ? OptionalLong.of(Long.parseLong(value)) : OptionalLong.empty();
    }

    /** BATT_BARS / TX_BATT_BARS 0..5; empty for 255 (unknown) and anything else out of range. */
    public static OptionalInt batteryBars(String value) {
        OptionalInt v = number(value, 0, 255);
        return v.isPresent() && v.getAsInt() <= 5 ? v : OptionalInt.empty();
    }

    /**
     * BATT_RUN_TIME / TX_BATT_MINS; empty for 65535 (unknown), 65534 (calculating), 65533 (battery not talking) and
     * anything out of range.
     */
    public static OptionalInt batteryMinutes(String value) {
        OptionalInt v = number(value, 0, 65_535);
        return v.isPresent() && v.getAsInt() < MINUTES_COMM_WARNING ? v : OptionalInt.empty();
    }

    /** AUDIO_GAIN in dB. */
    public static OptionalInt gainDb(String value) {
        OptionalInt v = number(value, 0, 60);
        return v.isPresent() ? OptionalInt.of(v.getAsInt() - GAIN_OFFSET_DB) : OptionalInt.empty();
    }

    /** AUDIO_MUTE ON/OFF. */
    public static OptionalInt onOff(String value) {
        return switch (value) {
            case "ON" -> OptionalInt.of(1);
            case "OFF" -> OptionalInt.of(0);
            default -> OptionalInt.empty();
        };
    }

    /** RF_INT_DET / INTERFERENCE_STATUS: NONE (or OFF) is clean, any named state is interference. */
    public static OptionalInt interference(String value) {
        if (value.isEmpty() || !value.matches("[A-Z_]{1,20}")) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(value.equals("NONE") || value.equals("OFF") ? 0 : 1);
    }

    /** CHAN_NAME {Vocal 1  }: the name without braces and padding. */
    public static String channelName(String value) {
        String v = value.strip();
        if (v.startsWith("{") && v.endsWith("}")) {
            v = v.substring(1, v.length() - 1);
        }
        return v.strip();
    }

    private static boolean isProperty(String token) {
        return token.matches("[A-Z][A-Z0-9_]{1,40}");
    }

    private static String valueAfter(String inner, String property) {
        int i = inner.indexOf(property);
        return inner.substring(i + property.length()).strip();
    }

    static OptionalInt number(String s, int min, int max) {
        if (!s.matches("\\d{1,6}")) {
            return OptionalInt.empty();
        }
        int v = Integer.parseInt(s);
        return v < min || v > max ? OptionalInt.empty() : OptionalInt.of(v);
    }
}
