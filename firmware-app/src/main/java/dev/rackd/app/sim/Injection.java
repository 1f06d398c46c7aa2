package dev.rackd.app.sim;

import java.util.regex.Pattern;

/** The grammar of one fault injection, shared by scenario lines and {@code sim/} topics. */
public final class Injection {
    public static final String STATE = "state";
    public static final String RELEASE = "release";
    private static final Pattern METRIC = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern NUMBER = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    /** An amplifier channel's load may be a fault rather than ohms (docs/amplifiers.md). */
    private static final Pattern LOAD = Pattern.compile("ch\\d+_load");
    private static final java.util.Set<String> LOAD_FAULTS = java.util.Set.of("open", "short");
    /** Every simulated device knows these. */
    private static final java.util.Set<String> STATES = java.util.Set.of("offline", "online", "garbage");
    /** Protocol faults that simulators over a real transport add; a device that cannot do one says so. */
    private static final java.util.Set<String> TRANSPORT_FAULTS =
            java.util.Set.of("wrong_crc", "slow", "wrong_address", "unplug", "replug");

    private Injection() {}

    /**
     * @return null when target and value make an injection; otherwise what is wrong, in the crew's words
     */
    public static String problem(String target, String value) {
        if (STATE.equals(target)) {
            return STATES.contains(value) || TRANSPORT_FAULTS.contains(value) ? null
                    : "state takes offline, online or garbage (over a real transport also wrong_crc, slow,"
                            + " wrong_address, unplug, replug), not '" + printable(value) + "'";
        }
        if (!METRIC.matcher(target).matches()) {
            return "'" + printable(target) + "' is not a metric name (snake_case, e.g. l1_voltage) nor 'state'";
        }
        if (RELEASE.equals(value)
                || NUMBER.matcher(value).matches() && Double.isFinite(Double.parseDouble(value))) {
            return null;
        }
        if (LOAD.matcher(target).matches()) {
            return LOAD_FAULTS.contains(value) ? null
                    : "a channel's load takes ohms, open, short or 'release', not '" + printable(value) + "'";
        }
        return "a metric takes a number or 'release', not '" + printable(value) + "'";
    }

    /** Control characters in a message would garble the crew's terminal; long junk is cut. */
    static String printable(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().limit(60).forEach(c -> {
            if (Character.isISOControl(c)) {
                b.append(String.format("\\u%04x", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return s.codePointCount(0, s.length()) > 60 ? b + "..." : b.toString();
    }
}
