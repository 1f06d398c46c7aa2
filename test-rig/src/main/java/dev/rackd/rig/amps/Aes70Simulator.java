package dev.rackd.rig.amps;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An AES70 amp on a real TCP socket on 127.0.0.1: OCP.1 commands on the objects of its object map,
 * AddSubscription on the subscription manager (ONo 4) with PropertyChanged notifications, keep-alives at the
 * rate the controller asks for. Taken offline it goes silent on every connection (as a pulled cable does);
 * back online, it drops those stale connections, as an amp that lost its link does.
 */
public final class Aes70Simulator implements AutoCloseable {
    private final SimulatedAmp amp;
    private final Aes70DeviceObjects objects;
    private final ServerSocket server;
    private final SimFaults faults = new SimFaults();
    private final List<Aes70Session> sessions = new CopyOnWriteArrayList<>();
    private final AtomicLong lastSendNanos = new AtomicLong(Long.MIN_VALUE);
    private final Thread acceptor;
    private final Thread ticker;
    private volatile boolean running = true;

    public Aes70Simulator(SimulatedAmp amp, Map<String, Long> roles, int port) throws IOException {
        this.amp = amp;
        this.objects = new Aes70DeviceObjects(amp, roles);
        this.server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        amp.onChange(what -> sessions.forEach(Aes70Session::tick));
        this.acceptor = Thread.ofVirtual().name("sim-aes70-accept-" + port()).start(this::accept);
        this.ticker = Thread.ofVirtual().name("sim-aes70-tick-" + port()).start(this::tick);
    }

    public int port() {
        return server.getLocalPort();
    }

    public SimulatedAmp amp() {
        return amp;
    }

    public SimFaults faults() {
        return faults;
    }

    /**
     * {@link System#nanoTime()} when the device last began to send anything (answer, notification or
     * keep-alive) on any connection; {@link Long#MIN_VALUE} before the first. A controller cannot have heard
     * from the device later than this.
     */
    public long lastSendNanos() {
        return lastSendNanos.get();
    }

    /** Connections open now. */
    public int connections() {
        return (int) sessions.stream().filter(s -> !s.closed()).count();
    }

    private void accept() {
        while (running) {
            try {
                Socket s = server.accept();
                s.setTcpNoDelay(true);
                Aes70Session session = new Aes70Session(s, objects, faults, lastSendNanos);
                sessions.add(session);
                Thread.ofVirtual().name("sim-aes70-session").start(() -> {
                    session.serve();
                    sessions.remove(session);
                });
            } catch (IOException e) {
                if (!running) {
                    return;
                }
            }
        }
    }

    private void tick() {
        boolean wasOffline = false;
        while (running) {
            boolean offline = faults.offline();
            if (wasOffline && !offline) {
                sessions.forEach(Aes70Session::close);
            }
            wasOffline = offline;
            sessions.forEach(Aes70Session::tick);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        sessions.forEach(Aes70Session::close);
        ticker.interrupt();
        try {
            acceptor.join(1000);
            ticker.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
