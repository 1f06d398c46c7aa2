package dev.rackd.config;

/**
 * A number as the loader will use it: written, or its default. Messages that compare two settings say which is a
 * default (a tech who never wrote {@code critical_c} must not read its 80 as something to find in the file) and point
 * at the one that was written.
 *
 * @param usable false when the value was written but could not be read (already reported): nothing is compared with
 *               the default that stands in for it
 */
record Setting(String key, double value, boolean written, boolean usable) {
    /** {@code critical_c (80)}, or {@code critical_c (default 80)} when the file does not say it. */
    String said() {
        return key + " (" + (written ? "" : "default ") + Scalars.format(value) + ")";
    }

    /**
     * Reports {@code low} not below {@code high} ({@code orEqual}: above it), at {@code high} when written, else at
     * {@code low}. Returns whether the two are in order (true when either cannot be compared).
     */
    static boolean ordered(Fields f, Setting low, Setting high, boolean orEqual) {
        if (!low.usable() || !high.usable() || low.value() < high.value()
                || orEqual && low.value() == high.value()) {
            return true;
        }
        String allowed = "; allowed: " + low.key() + (orEqual ? " <= " : " < ") + high.key();
        if (high.written() || !low.written()) {
            f.error(high.key(), high.said() + (orEqual ? " must not be below " : " must be above ") + low.said()
                    + allowed);
        } else {
            f.error(low.key(), low.said() + (orEqual ? " must not be above " : " must be below ") + high.said()
                    + allowed);
        }
        return false;
    }
}
