package dev.rackd.app.power;

import java.util.Locale;

/** Numbers the way the crew reads them on a phone: no more digits than the meter can mean. */
final class Words {
    private Words() {}

    static String one(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String whole(double v) {
        return String.format(Locale.ROOT, "%.0f", v);
    }

    /** 32 A, 16 A, 12.5 A. */
    static String amps(double a) {
        return (a == Math.rint(a) ? whole(a) : one(a)) + " A";
    }

    /** 30 s, 1.5 s, 200 ms. */
    static String duration(java.time.Duration d) {
        long ms = d.toMillis();
        return ms < 1000 ? ms + " ms" : (ms % 1000 == 0 ? whole(ms / 1000.0) : one(ms / 1000.0)) + " s";
    }

    /** "L2" from "l2". */
    static String phase(String prefix) {
        return prefix.toUpperCase(Locale.ROOT);
    }
}
