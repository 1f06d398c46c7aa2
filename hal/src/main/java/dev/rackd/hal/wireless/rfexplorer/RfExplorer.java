package dev.rackd.hal.wireless.rfexplorer;

import dev.rackd.hal.Backoff;
import dev.rackd.hal.serial.SerialLink;
import dev.rackd.hal.wireless.link.LinkDevice;
import dev.rackd.hal.wireless.scan.ScanPoint;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

/**
 * An RF Explorer spectrum analyser on USB serial. Its own platform thread owns the port (jSerialComm blocks in
 * native code): it asks for the model and
 * configuration, is online once the unit answers, reads the sweeps it streams (noise floor and strongest signal once a
 * second, {@link SweepSummary}), runs queued scans (span by span, stitched), and when the port vanishes or the unit
 * falls silent reports it offline and reopens with backoff.
 */
public final class RfExplorer extends LinkDevice {
    private static final Duration ASK_AGAIN = Duration.ofSeconds(1);

    private final RfExplorerConfig config;
    private final Supplier<SerialLink> links;
    private final Clock clock;
    private final Backoff backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30));
    private final Queue<ScanJob> jobs = new ConcurrentLinkedQueue<>();
    private final Queue<byte[]> outbox = new ConcurrentLinkedQueue<>();
    private final SweepSummary summary;
    private volatile RfExplorerMessage.Model model;
    private volatile RfExplorerMessage.Config unit;

    /** @param links opens a fresh serial link to the unit each time (a {@code JSerialCommLink} in the service) */
    public RfExplorer(RfExplorerConfig config, Supplier<SerialLink> links, Clock clock) {
        super(config.id(), "rfexplorer", true);
        this.config = config;
        this.links = links;
        this.clock = clock;
        this.summary = new SweepSummary(config.id());
    }

    public Optional<RfExplorerMessage.Model> model() {
        return Optional.ofNullable(model);
    }

    /** Scans {@code plan}; completes with the stitched scan, or fails if the unit is offline or stops sweeping. */
    public CompletableFuture<List<ScanPoint>> scan(ScanPlan plan) {
        ScanJob job = new ScanJob(plan, config);
        if (!online()) {
            job.fail(config.id() + " is offline");
        } else {
            jobs.add(job);
        }
        return job.future();
    }

    @Override
    protected void run() {
        while (!closed) {
            String reason;
            try (SerialLink port = links.get()) {
                port.open();
                session(port);
                reason = "closed";
            } catch (IOException | RuntimeException e) {
                reason = "RF Explorer " + config.id() + " on " + config.port() + ": "
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
            final String why = reason;
            jobs.forEach(j -> j.fail(why));
            jobs.clear();
            unit = null;
            link.lost(reason, closed);
            if (!closed) {
                link.pause(backoff.next(), () -> closed);
            }
        }
    }

    private void session(SerialLink port) throws IOException {
        RfExplorerFramer framer = new RfExplorerFramer();
        outbox.clear();
        port.drain();
        port.write(RfExplorerCodec.configRequest());
        Instant lastHeard = clock.instant();
        Instant lastAsk = lastHeard;
        ScanJob job = null;
        byte[] buf = new byte[4096];
        while (!closed) {
            cycles.incrementAndGet();
            for (byte[] cmd; (cmd = outbox.poll()) != null; ) {
                port.write(cmd);
            }
            int n = port.read(buf, 0, buf.length);
            Instant now = clock.instant();
            for (RfExplorerMessage m : framer.feed(buf, 0, n)) {
                lastHeard = now;
                job = handle(m, job, now);
            }
            if (unit == null && Duration.between(lastAsk, now).compareTo(ASK_AGAIN) > 0) {
                port.write(RfExplorerCodec.configRequest());
                lastAsk = now;
            }
            if (Duration.between(lastHeard, now).compareTo(config.silenceTimeout()) > 0) {
                throw new IOException("no data for " + Duration.between(lastHeard, now).toSeconds() + " s");
            }
            if (job == null && unit != null && (job = jobs.poll()) != null) {
                job.start(unit, outbox::add, now);
            }
            if (job != null) {
                job.tick(now, outbox::add);
                if (job.done()) {
                    job = null;
                }
            }
        }
    }

    private ScanJob handle(RfExplorerMessage m, ScanJob job, Instant now) {
        switch (m) {
            case RfExplorerMessage.Model mo -> model = mo;
            case RfExplorerMessage.Config c -> {
                if (unit == null && link.heard("answering on " + config.port())) {
                    backoff.reset();
                }
                unit = c;
                if (job != null) {
                    job.onConfig(c);
                }
            }
            case RfExplorerMessage.Sweep s -> {
                if (job != null) {
                    job.onSweep(s, outbox::add, now);
                }
                if (unit != null) {
                    summary.of(unit, s, now).forEach(link::reading);
                }
            }
            case RfExplorerMessage.Text t -> { }
        }
        return job != null && job.done() ? null : job;
    }
}
