package dev.rackd.hal.wireless.shure;

import java.util.OptionalInt;

/**
 * The metering frames, {@code SAMPLE x ALL ...}, by family (see {@link ShureFamily}). Pure; never throws: a frame for
 * a channel that does not have its family's exact shape and ranges is {@link ShureMessage.BadSample} (one without a
 * channel {@link ShureMessage.Unknown}). RF is the strongest antenna (the
 * receiver's diversity picks it); audio is the peak level, the conservative figure for "is anyone speaking".
 */
final class ShureSamples {
    /** ULX-D / QLX-D RF level 0..115 is -128..-13 dBm. */
    static final int ULXD_RF_OFFSET_DB = 128;
    /** ULX-D / QLX-D audio 0..50 is -50..0 dBFS. */
    static final int ULXD_AUDIO_OFFSET_DB = 50;
    /** SLX-D and Axient Digital levels 0..120 are -120..0 dBFS or dBm. */
    static final int DIGITAL_OFFSET_DB = 120;
    private static final int FIRST = 3;

    private ShureSamples() {}

    /** @param t the frame's tokens, {@code SAMPLE} at 0, {@code ALL} at 2 */
    static ShureMessage decode(String inner, String[] t, ShureFamily family) {
        OptionalInt ch = ShureCodec.number(t[1], 1, 8);
        if (ch.isEmpty()) {
            return new ShureMessage.Unknown(inner);
        }
        ShureMessage m = switch (family) {
            case ULXD -> ulxd(ch.getAsInt(), t);
            case SLXD -> slxd(ch.getAsInt(), t);
            case AXIENT -> axient(ch.getAsInt(), t);
        };
        return m == null ? new ShureMessage.BadSample(ch.getAsInt(), inner) : m;
    }

    private static ShureMessage ulxd(int ch, String[] t) {
        if (t.length != FIRST + 3 || !t[FIRST].matches("[ABX]{2}")) {
            return null;
        }
        OptionalInt rf = ShureCodec.number(t[FIRST + 1], 0, 115);
        OptionalInt af = ShureCodec.number(t[FIRST + 2], 0, 50);
        return rf.isEmpty() || af.isEmpty() ? null : new ShureMessage.Sample(ch, t[FIRST],
                rf.getAsInt() - ULXD_RF_OFFSET_DB, af.getAsInt() - ULXD_AUDIO_OFFSET_DB);
    }

    /** {@code audPeak audRms rfRssi}: no antenna status in an SLX-D sample. */
    private static ShureMessage slxd(int ch, String[] t) {
        if (t.length != FIRST + 3) {
            return null;
        }
        OptionalInt peak = level(t[FIRST]);
        OptionalInt rms = level(t[FIRST + 1]);
        OptionalInt rssi = level(t[FIRST + 2]);
        return peak.isEmpty() || rms.isEmpty() || rssi.isEmpty() ? null : new ShureMessage.Sample(ch, "",
                rssi.getAsInt() - DIGITAL_OFFSET_DB, peak.getAsInt() - DIGITAL_OFFSET_DB);
    }

    /** {@code qual audBitmap audPeak audRms} then one or two RF sections of status letters and (bitmap, RSSI) pairs. */
    private static ShureMessage axient(int ch, String[] t) {
        if (t.length < FIRST + 5 || ShureCodec.number(t[FIRST], 0, 255).isEmpty() || !bitmap(t[FIRST + 1])) {
            return null;
        }
        OptionalInt peak = level(t[FIRST + 2]);
        OptionalInt rms = level(t[FIRST + 3]);
        int i = FIRST + 4;
        String antennas = t[i];
        int best = -1;
        for (int section = 0; section < 2 && i < t.length; section++) {
            String status = t[i];
            if (!status.matches("[ABRX]{2}|[ABRX]{4}") || status.length() != antennas.length()
                    || i + 1 + 2 * status.length() > t.length) {
                return null;
            }
            for (int a = 0; a < status.length(); a++) {
                OptionalInt rssi = level(t[i + 2 + 2 * a]);
                if (!bitmap(t[i + 1 + 2 * a]) || rssi.isEmpty()) {
                    return null;
                }
                best = Math.max(best, rssi.getAsInt());
            }
            i += 1 + 2 * status.length();
        }
        return i != t.length || peak.isEmpty() || rms.isEmpty() ? null
                : new ShureMessage.Sample(ch, antennas, best - DIGITAL_OFFSET_DB, peak.getAsInt() - DIGITAL_OFFSET_DB);
    }

    private static OptionalInt level(String s) {
        return ShureCodec.number(s, 0, DIGITAL_OFFSET_DB);
    }

    /** LED bitmaps: a few digits, shown as they come. */
    private static boolean bitmap(String s) {
        return s.matches("[0-9A-Fa-f]{1,3}");
    }
}
