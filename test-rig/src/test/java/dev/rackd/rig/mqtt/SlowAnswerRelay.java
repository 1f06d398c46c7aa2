package dev.rackd.rig.mqtt;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay in front of a broker that holds the broker's first answer on the first connection for a while, as a
 * broker on a busy or still-starting machine does: the client's CONNECT goes through at once, its CONNACK comes late.
 * Later connections pass straight through. It can also be shut, dropping its connections and refusing new ones, and
 * opened again, as a network between the rack and its broker comes and goes: a test then decides when the client
 * gets through.
 */
final class SlowAnswerRelay implements AutoCloseable {
    private final ServerSocket server;
    private final int brokerPort;
    private final Duration firstAnswerDelay;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile boolean open = true;

    SlowAnswerRelay(int brokerPort, Duration firstAnswerDelay) throws IOException {
        this.server = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
        this.brokerPort = brokerPort;
        this.firstAnswerDelay = firstAnswerDelay;
        Thread.ofVirtual().name("relay-accept").start(this::accept);
    }

    int port() {
        return server.getLocalPort();
    }

    private void accept() {
        int accepted = 0;
        try {
            while (true) {
                Socket client = server.accept();
                if (!open) {
                    close(client);
                    continue;
                }
                Socket broker = new Socket();
                try {
                    broker.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), brokerPort), 5_000);
                } catch (IOException brokerDown) {
                    close(client);
                    continue;
                }
                sockets.add(client);
                sockets.add(broker);
                Duration hold = accepted++ == 0 ? firstAnswerDelay : Duration.ZERO;
                Thread.ofVirtual().start(() -> pump(client, broker, Duration.ZERO));
                Thread.ofVirtual().start(() -> pump(broker, client, hold));
            }
        } catch (IOException closed) {
            // the relay was closed
        }
    }

    /** Drops every connection and refuses new ones until {@link #open()}. */
    void shut() {
        open = false;
        sockets.forEach(SlowAnswerRelay::close);
        sockets.clear();
    }

    void open() {
        open = true;
    }

    private static void pump(Socket from, Socket to, Duration holdFirst) {
        byte[] buffer = new byte[8192];
        boolean first = true;
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                if (first && !holdFirst.isZero()) {
                    Thread.sleep(holdFirst);
                }
                first = false;
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException | InterruptedException gone) {
            // either side went away; closing both ends tells the other
        } finally {
            close(from);
            close(to);
        }
    }

    private static void close(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        sockets.forEach(SlowAnswerRelay::close);
    }
}
