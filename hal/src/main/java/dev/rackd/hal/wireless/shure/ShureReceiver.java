package dev.rackd.hal.wireless.shure;

import dev.rackd.hal.Backoff;
import dev.rackd.hal.Reading;
import dev.rackd.hal.wireless.link.LinkDevice;
import dev.rackd.hal.wireless.link.PendingTunes;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Shure networked receiver over TCP. Its own virtual thread owns the connection: it asks for everything
 * ({@code GET 0 ALL}), switches metering on per channel, turns frames into readings, writes queued commands, and
 * when the receiver falls silent or the connection drops reports it offline and reconnects with backoff. Values the
 * receiver reports only on change are repeated at the metering interval while it answers ({@link HeldReports}). Metering
 * is switched off again before every deliberate disconnect (some QLX-D firmware locks up when a metering client
 * vanishes).
 */
public final class ShureReceiver extends LinkDevice {
    private static final Logger LOG = LoggerFactory.getLogger(ShureReceiver.class);
    private static final int READ_SLICE_MS = 100;
    static final Duration REPLY_TIMEOUT = Duration.ofSeconds(3);
    /** How long a deliberate disconnect waits for the receiver to confirm metering is off. */
    private static final Duration GOODBYE = Duration.ofMillis(500);

    private final ShureReceiverConfig config;
    private final Clock clock;
    private final ShureReadings readings;
    private final Backoff backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30));
    private final Queue<String> outbox = new ConcurrentLinkedQueue<>();
    private final PendingTunes tunes;
    private final Map<Integer, String> names = new ConcurrentHashMap<>();
    private final HeldReports held;
    private volatile Socket socket;

    public ShureReceiver(ShureReceiverConfig config, Clock clock) {
        super(config.id(), "shure", false);
        this.config = config;
        this.clock = clock;
        this.readings = new ShureReadings(config.id());
        this.tunes = new PendingTunes(config.id(), clock, REPLY_TIMEOUT);
        this.held = new HeldReports(config.meterInterval());
    }

    /** The channel's name as the receiver reported it. */
    public Optional<String> channelName(int channel) {
        return Optional.ofNullable(names.get(channel));
    }

    /**
     * Sets a channel's frequency; completes with the frequency the receiver reports back (the read-back), or fails
     * when the receiver is offline, refuses, or does not answer within 3 s.
     */
    public CompletableFuture<Long> setFrequency(int channel, long khz) {
        if (!online()) {
            return PendingTunes.failed(new IOException(config.id() + " is offline"));
        }
        String command;
        try {
            command = ShureCodec.setFrequency(channel, khz);
        } catch (IllegalArgumentException e) {
            return PendingTunes.failed(e);
        }
        CompletableFuture<Long> f = tunes.expect(channel, khz);
        outbox.add(command);
        return f;
    }

    @Override
    protected void forceClose() {
        Socket s = socket;
        if (s != null) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    @Override
    protected void run() {
        while (!closed) {
            String reason;
            try (Socket s = new Socket()) {
                socket = s;
                s.connect(new InetSocketAddress(config.host(), config.port()), (int) config.connectTimeout().toMillis());
                s.setSoTimeout(READ_SLICE_MS);
                s.setTcpNoDelay(true);
                session(s);
                reason = "closed";
            } catch (IOException | RuntimeException e) {
                reason = "Shure receiver " + config.id() + " at " + config.host() + ":" + config.port() + ": "
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
            tunes.failAll(reason);
            link.lost(reason, closed);
            if (!closed) {
                link.pause(backoff.next(), () -> closed);
            }
        }
    }

    private void session(Socket s) throws IOException {
        OutputStream out = s.getOutputStream();
        InputStream in = s.getInputStream();
        ShureFramer framer = new ShureFramer();
        outbox.clear();
        held.clear();
        send(out, ShureCodec.get(0, "ALL"));
        for (int ch : config.channels()) {
            send(out, ShureCodec.meterRate(ch, (int) config.meterInterval().toMillis()));
        }
        Instant lastHeard = clock.instant();
        Instant lastFrame = lastHeard;
        boolean probed = false;
        byte[] buf = new byte[2048];
        while (!closed) {
            cycles.incrementAndGet();
            for (String cmd; (cmd = outbox.poll()) != null; ) {
                send(out, cmd);
            }
            int n;
            try {
                n = in.read(buf);
            } catch (SocketTimeoutException quiet) {
                n = 0;
            }
            if (n < 0) {
                throw new IOException("the receiver closed the connection");
            }
            Instant now = clock.instant();
            for (String frame : framer.feed(buf, 0, Math.max(n, 0))) {
                lastFrame = now;
                ShureMessage m = ShureCodec.decode(frame, config.family());
                if (intelligible(m)) { // a receiver that only talks nonsense is no better than a silent one
                    lastHeard = now;
                    probed = false;
                }
                handle(m, now);
            }
            tunes.expire(now);
            Duration quiet = Duration.between(lastHeard, now);
            if (quiet.compareTo(config.silenceTimeout().dividedBy(2)) < 0) {
                held.due(now).forEach(link::reading);
            }
            if (quiet.compareTo(config.silenceTimeout()) > 0) {
                throw new IOException((lastFrame.isAfter(lastHeard) ? "nothing but unreadable frames for "
                        : "no answer for ") + quiet.toMillis() / 1000 + " s");
            }
            if (!probed && quiet.compareTo(config.silenceTimeout().dividedBy(2)) > 0) {
                send(out, ShureCodec.get(config.channels().get(0), "FREQUENCY"));
                probed = true;
            }
        }
        meteringOff(out, in, framer, buf);
    }

    /** Switches metering off and waits (briefly) for the receiver to confirm, before the socket closes. */
    private void meteringOff(OutputStream out, InputStream in, ShureFramer framer, byte[] buf) throws IOException {
        java.util.Set<Integer> waiting = new java.util.HashSet<>(config.channels());
        for (int ch : config.channels()) {
            send(out, ShureCodec.meterRate(ch, 0));
        }
        long end = System.nanoTime() + GOODBYE.toNanos();
        while (!waiting.isEmpty() && System.nanoTime() < end) {
            int n;
            try {
                n = in.read(buf);
            } catch (SocketTimeoutException quiet) {
                continue;
            }
            if (n < 0) {
                return;
            }
            for (String frame : framer.feed(buf, 0, n)) {
                if (ShureCodec.decode(frame, config.family()) instanceof ShureMessage.Report r
                        && r.property().equals("METER_RATE") && r.value().matches("0+")) {
                    waiting.remove(r.channel());
                }
            }
        }
    }

    private static boolean intelligible(ShureMessage m) {
        return !(m instanceof ShureMessage.Unknown) && !(m instanceof ShureMessage.BadSample);
    }

    private void handle(ShureMessage m, Instant now) {
        if (intelligible(m) && link.heard("connected to " + config.host() + ":" + config.port())) {
            backoff.reset();
        }
        if (m instanceof ShureMessage.Report r && r.channel() > 0 && r.property().equals("CHAN_NAME")) {
            names.put(r.channel(), ShureCodec.channelName(r.value()));
        }
        if (m instanceof ShureMessage.Report r && r.channel() > 0 && r.property().equals("FREQUENCY")) {
            ShureCodec.frequencyKhz(r.value()).ifPresent(khz -> tunes.reported(r.channel(), khz));
        }
        if (m instanceof ShureMessage.Refused) {
            LOG.warn("{} refused a command", config.id());
            tunes.failAll(config.id() + " refused the command (REP ERR)");
        }
        List<Reading> out = readings.of(m, now);
        if (m instanceof ShureMessage.Report) {
            out.forEach(held::reported);
        }
        out.forEach(link::reading);
    }

    private void send(OutputStream out, String frame) throws IOException {
        out.write((frame + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
