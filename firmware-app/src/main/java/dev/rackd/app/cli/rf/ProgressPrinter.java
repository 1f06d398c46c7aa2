package dev.rackd.app.cli.rf;

import dev.rackd.app.wireless.coord.ProgressListener;
import java.io.PrintWriter;

/** Tells the user on stderr how a long coordination is going: after the first second, at most once a second. */
final class ProgressPrinter implements ProgressListener {
    private static final long QUIET_NANOS = 1_000_000_000L;
    private final PrintWriter err;
    private final long start = System.nanoTime();
    private long last = start;

    ProgressPrinter(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void update(Progress p) {
        long now = System.nanoTime();
        if (now - start < QUIET_NANOS || now - last < QUIET_NANOS) {
            return;
        }
        last = now;
        long pct = p.budget() == 0 ? 100 : Math.min(100, p.work() * 100 / p.budget());
        err.printf("%s: %d of %d placed, search %d%% of its budget%n", p.phase(), p.placed(), p.wanted(), pct);
        err.flush();
    }
}
