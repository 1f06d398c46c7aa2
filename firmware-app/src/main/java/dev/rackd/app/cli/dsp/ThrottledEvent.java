package dev.rackd.app.cli.dsp;

import java.io.PrintStream;

/**
 * A count that may grow with every block, as NaN from a stuck source does (750 blocks a second at 48 kHz in blocks of
 * 64): its first line goes out at once, then at most one a second carrying the samples counted since the line before,
 * and whatever is still untold when the stream ends. The lines add up to every sample counted.
 */
final class ThrottledEvent {
    static final long INTERVAL_NANOS = 1_000_000_000L;

    private final String event;
    private long untold;
    private long lastLine;
    private boolean told;

    ThrottledEvent(String event) {
        this.event = event;
    }

    /** Adds {@code samples} (0 too: time passing may let an untold count out) as of {@code nowNanos}. */
    void count(long samples, long nowNanos, PrintStream err) {
        untold += samples;
        if (untold > 0 && (!told || nowNanos - lastLine >= INTERVAL_NANOS)) {
            tell(err);
            lastLine = nowNanos;
            told = true;
        }
    }

    /** Says what is still untold, at the end of the stream. */
    void flush(PrintStream err) {
        if (untold > 0) {
            tell(err);
        }
    }

    private void tell(PrintStream err) {
        err.println("{\"event\":\"" + event + "\",\"samples\":" + untold + "}");
        untold = 0;
    }
}
