package dev.rackd.hal.wireless.sennheiser;

import dev.rackd.hal.Backoff;
import dev.rackd.hal.wireless.link.LinkDevice;
import dev.rackd.hal.wireless.link.PendingTunes;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * One Sennheiser EW G3/G4 receiver (EM) over UDP. Its own virtual thread owns the socket: it subscribes with
 * {@code Push 60 <interval> 3} and renews that every 20 s (the receiver stops sending when the 60 s run out, which
 * is how it notices a vanished client), turns lines into readings, and writes queued commands. With nothing heard
 * for the silence timeout it reports the receiver offline and keeps knocking with backoff. On close it sends
 * {@code Push 0 0 0} so the receiver stops sending.
 */
public final class SennheiserReceiver extends LinkDevice {
    private static final int READ_SLICE_MS = 100;
    private static final int PUSH_TIMEOUT_S = 60;
    private static final Duration RENEW = Duration.ofSeconds(20);
    static final Duration REPLY_TIMEOUT = Duration.ofSeconds(3);

    private final SennheiserReceiverConfig config;
    private final Clock clock;
    private final SennheiserReadings readings;
    private final Backoff backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30));
    private final Queue<String> outbox = new ConcurrentLinkedQueue<>();
    private final PendingTunes tunes;
    private volatile DatagramSocket socket;
    private volatile String name = "";

    public SennheiserReceiver(SennheiserReceiverConfig config, Clock clock) {
        super(config.id(), "sennheiser", false);
        this.config = config;
        this.clock = clock;
        this.readings = new SennheiserReadings(config.id());
        this.tunes = new PendingTunes(config.id(), clock, REPLY_TIMEOUT);
    }

    /** The name the receiver reported. */
    public String name() {
        return name;
    }

    /** Sets the frequency (an EM has one channel); completes with the frequency it reports back. */
    public CompletableFuture<Long> setFrequency(long khz) {
        if (!online()) {
            return PendingTunes.failed(new IOException(config.id() + " is offline"));
        }
        String command;
        try {
            command = SennheiserCodec.setFrequency(khz);
        } catch (IllegalArgumentException e) {
            return PendingTunes.failed(e);
        }
        CompletableFuture<Long> f = tunes.expect(1, khz);
        outbox.add(command);
        return f;
    }

    @Override
    protected void forceClose() {
        DatagramSocket s = socket;
        if (s != null) {
            s.close();
        }
    }

    @Override
    protected void run() {
        try (DatagramSocket s = new DatagramSocket(config.localPort())) {
            socket = s;
            s.setSoTimeout(READ_SLICE_MS);
            s.connect(new InetSocketAddress(config.host(), config.port()));
            loop(s);
            send(s, SennheiserCodec.push(0, 0, 0));
        } catch (IOException | RuntimeException e) {
            if (!closed) {
                link.lost("Sennheiser receiver " + config.id() + ": " + e.getMessage(), false);
            }
        }
        tunes.failAll(config.id() + " closed");
    }

    private void loop(DatagramSocket s) throws IOException {
        byte[] buf = new byte[SennheiserCodec.MAX_DATAGRAM + 1];
        Instant lastHeard = clock.instant();
        Instant nextPush = lastHeard;
        while (!closed) {
            cycles.incrementAndGet();
            Instant now = clock.instant();
            if (!now.isBefore(nextPush)) {
                subscribe(s);
                nextPush = now.plus(link.online() ? RENEW : backoff.next());
            }
            for (String cmd; (cmd = outbox.poll()) != null; ) {
                send(s, cmd);
            }
            DatagramPacket p = new DatagramPacket(buf, buf.length);
            try {
                s.receive(p);
                lastHeard = clock.instant();
                if (link.heard("answering at " + config.host() + ":" + config.port())) {
                    backoff.reset();
                    nextPush = lastHeard.plus(RENEW);
                }
                handle(new String(buf, 0, Math.min(p.getLength(), SennheiserCodec.MAX_DATAGRAM),
                        StandardCharsets.ISO_8859_1), lastHeard);
            } catch (SocketTimeoutException quiet) {
                // nothing this slice
            } catch (PortUnreachableException nobody) {
                lost("nothing listens at that port");
                lastHeard = clock.instant();
            }
            now = clock.instant();
            tunes.expire(now);
            Duration quiet = Duration.between(lastHeard, now);
            if (quiet.compareTo(config.silenceTimeout()) > 0) {
                lost("no answer for " + quiet.toSeconds() + " s");
                lastHeard = now;
            }
        }
    }

    private void subscribe(DatagramSocket s) throws IOException {
        send(s, SennheiserCodec.push(PUSH_TIMEOUT_S, (int) config.meterInterval().toMillis(), 3));
        if (!link.online()) {
            send(s, SennheiserCodec.get("Frequency"));
            send(s, SennheiserCodec.get("Name"));
        }
    }

    private void lost(String why) {
        tunes.failAll(why);
        link.lost("Sennheiser receiver " + config.id() + " at " + config.host() + ":" + config.port() + ": " + why,
                closed);
    }

    private void handle(String datagram, Instant now) {
        for (String line : SennheiserCodec.lines(datagram)) {
            SennheiserMessage m = SennheiserCodec.decode(line);
            if (m instanceof SennheiserMessage.Frequency f) {
                tunes.reported(1, f.khz());
            } else if (m instanceof SennheiserMessage.Name n) {
                name = n.name();
            } else if (m instanceof SennheiserMessage.Refused r) {
                tunes.failAll(config.id() + " refused: " + r.code() + " " + r.text());
            }
            readings.of(m, now).forEach(link::reading);
        }
    }

    private void send(DatagramSocket s, String text) throws IOException {
        byte[] b = text.getBytes(StandardCharsets.US_ASCII);
        try {
            s.send(new DatagramPacket(b, b.length));
        } catch (PortUnreachableException nobody) {
            // reported by the receive side; UDP keeps knocking
        }
    }
}
