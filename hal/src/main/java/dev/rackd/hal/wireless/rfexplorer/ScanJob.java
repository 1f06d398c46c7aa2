package dev.rackd.hal.wireless.rfexplorer;

import dev.rackd.hal.wireless.scan.ScanPoint;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * One scan in progress on the owner thread: set a span, wait for the unit's config that confirms it, skip the
 * first sweep, keep the next few, move on; stitch at the end. A span not confirmed within a second is asked for again
 * (a confirmation lost in line noise must not cost the scan).
 */
final class ScanJob {
    private static final java.time.Duration ASK_AGAIN = java.time.Duration.ofSeconds(1);
    private final ScanPlan plan;
    private final RfExplorerConfig config;
    private final CompletableFuture<List<ScanPoint>> future = new CompletableFuture<>();
    private ScanAssembler assembler;
    private List<long[]> spans;
    private int span;
    private RfExplorerMessage.Config confirmed;
    private int sweeps;
    private Instant deadline;
    private Instant asked;

    ScanJob(ScanPlan plan, RfExplorerConfig config) {
        this.plan = plan;
        this.config = config;
    }

    CompletableFuture<List<ScanPoint>> future() {
        return future;
    }

    boolean done() {
        return future.isDone();
    }

    /** Starts with what the unit said about itself; {@code send} writes a command to the port. */
    void start(RfExplorerMessage.Config unit, Consumer<byte[]> send, Instant now) {
        try {
            spans = plan.spans(unit.points(), unit.maxSpanKhz());
        } catch (IllegalArgumentException e) {
            future.completeExceptionally(e);
            return;
        }
        assembler = new ScanAssembler(plan);
        span = 0;
        request(send, now);
    }

    void onConfig(RfExplorerMessage.Config c) {
        long[] s = spans == null || done() ? null : spans.get(span);
        if (s != null && confirmed == null && Math.abs(c.startKhz() - s[0]) <= Math.max(1, c.stepHz() / 1000)) {
            confirmed = c;
            sweeps = -1; // the first sweep may straddle the change
        }
    }

    void onSweep(RfExplorerMessage.Sweep sweep, Consumer<byte[]> send, Instant now) {
        if (confirmed == null || done() || sweep.levelsDbm().length != confirmed.points()) {
            return;
        }
        if (++sweeps == 0) {
            return;
        }
        assembler.add(confirmed, sweep);
        if (sweeps >= config.sweepsPerSpan()) {
            span++;
            if (span == spans.size()) {
                future.complete(assembler.result());
            } else {
                request(send, now);
            }
        }
    }

    void tick(Instant now, Consumer<byte[]> send) {
        if (!done() && confirmed == null && asked != null && now.isAfter(asked.plus(ASK_AGAIN))
                && now.isBefore(deadline)) {
            ask(send, now);
        }
        if (!done() && deadline != null && now.isAfter(deadline)) {
            long[] s = spans.get(span);
            future.completeExceptionally(new TimeoutException("the RF Explorer did not sweep " + s[0] + "-" + s[1]
                    + " kHz within " + config.spanTimeout().toSeconds() + " s"));
        }
    }

    void fail(String reason) {
        future.completeExceptionally(new IOException(reason));
    }

    private void request(Consumer<byte[]> send, Instant now) {
        confirmed = null;
        deadline = now.plus(config.spanTimeout());
        ask(send, now);
    }

    private void ask(Consumer<byte[]> send, Instant now) {
        long[] s = spans.get(span);
        asked = now;
        send.accept(RfExplorerCodec.setSpan(s[0], s[1], config.topDbm(), config.bottomDbm()));
    }
}
