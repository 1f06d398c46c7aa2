package dev.rackd.dsp;

/** What the howl detector does with what it finds. */
public enum FeedbackMode {
    /** No detection; live notches are lifted; fixed notches stay in. */
    OFF,
    /** During the show: live notches, placed shallow, deepened while the howl persists, lifted once it has gone. */
    LIVE,
    /** Before the show, while the gain is raised: every howl found becomes a fixed notch. */
    RINGOUT;

    /** Parses {@code off}, {@code live} or {@code ringout}, any case. */
    public static FeedbackMode parse(String text) {
        for (FeedbackMode m : values()) {
            if (m.name().equalsIgnoreCase(text.trim())) {
                return m;
            }
        }
        throw new IllegalArgumentException("feedback mode must be off, live or ringout, not '" + text + "'");
    }

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
