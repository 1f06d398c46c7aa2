package dev.rackd.rig.amps;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A Powersoft amp on a real UDP socket on 127.0.0.1: takes requests on its port, answers to the sender's
 * address at the request's answer port (1234 when 0), ignores what it cannot parse, and misbehaves as
 * {@link #faults()} says.
 */
public final class PowersoftSimulator implements AutoCloseable {
    private final SimulatedAmp amp;
    private final PowersoftAnswerBuilder answers;
    private final DatagramSocket socket;
    private final SimFaults faults = new SimFaults();
    private final AtomicLong requests = new AtomicLong();
    private final Thread thread;

    /** Binds a free port on 127.0.0.1 ({@code port} 0) or the given one. */
    public PowersoftSimulator(SimulatedAmp amp, String model, int port) throws SocketException {
        this.amp = amp;
        this.answers = new PowersoftAnswerBuilder(amp, model);
        this.socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        this.thread = Thread.ofVirtual().name("sim-powersoft-" + socket.getLocalPort()).start(this::serve);
    }

    public int port() {
        return socket.getLocalPort();
    }

    public SimulatedAmp amp() {
        return amp;
    }

    public SimFaults faults() {
        return faults;
    }

    /** Well-formed requests taken so far (whether answered or not). */
    public long requests() {
        return requests.get();
    }

    private void serve() {
        byte[] buf = new byte[65_535];
        while (!socket.isClosed()) {
            DatagramPacket p = new DatagramPacket(buf, buf.length);
            try {
                socket.receive(p);
                handle(p);
            } catch (IOException e) {
                if (socket.isClosed()) {
                    return;
                }
            } catch (RuntimeException e) {
                // a bad request must not stop the simulated amp either
            }
        }
    }

    private void handle(DatagramPacket p) throws IOException {
        PowersoftWire.Request req = PowersoftWire.parse(p.getData(), p.getLength());
        if (req == null || faults.drop()) {
            return;
        }
        requests.incrementAndGet();
        byte[] data = answers.answer(req.cmd(), req.data());
        if (data == null) {
            return;
        }
        faults.pauseIfSlow();
        byte[] out = faults.garbage() ? garbage() : PowersoftWire.answer(req.cmd(), req.cookie(), data, faults.wrongCrc());
        int port = req.answerPort() == 0 ? 1234 : req.answerPort();
        if (!faults.drop()) {
            socket.send(new DatagramPacket(out, out.length, p.getAddress(), port));
        }
    }

    private static byte[] garbage() {
        byte[] g = new byte[ThreadLocalRandom.current().nextInt(1, 64)];
        ThreadLocalRandom.current().nextBytes(g);
        return g;
    }

    @Override
    public void close() {
        socket.close();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
