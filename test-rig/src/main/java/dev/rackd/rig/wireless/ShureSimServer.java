package dev.rackd.rig.wireless;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

/**
 * The TCP side of the Shure simulator: accepts control clients on 127.0.0.1, cuts what they send into
 * {@code < ... >} frames for the simulator, and writes frames back. Can refuse connections (receiver unplugged).
 */
final class ShureSimServer implements AutoCloseable {
    /** One connected control client and its meter rate. */
    static final class Client {
        final Socket socket;
        volatile int meterMs;

        Client(Socket socket) {
            this.socket = socket;
        }
    }

    private final ServerSocket server;
    private final List<Client> clients = new CopyOnWriteArrayList<>();
    private final BiConsumer<Client, String> frames;
    private volatile boolean refusing;
    private volatile boolean closed;

    ShureSimServer(BiConsumer<Client, String> frames) throws IOException {
        this.frames = frames;
        server = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().name("shure-sim-accept").start(this::accept);
    }

    int port() {
        return server.getLocalPort();
    }

    List<Client> clients() {
        return clients;
    }

    void refuse(boolean on) {
        refusing = on;
        if (on) {
            dropConnections();
        }
    }

    void dropConnections() {
        for (Client c : clients) {
            closeQuietly(c.socket);
        }
        clients.clear();
    }

    void send(Client c, String frame) {
        write(c, frame + "\r\n");
    }

    void write(Client c, String text) {
        try {
            OutputStream out = c.socket.getOutputStream();
            synchronized (c) {
                out.write(text.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            }
        } catch (IOException e) {
            clients.remove(c); // the reading side closes the socket once it has read everything
        }
    }

    @Override
    public void close() {
        closed = true;
        dropConnections();
        try {
            server.close();
        } catch (IOException ignored) {
            // closing
        }
    }

    private void accept() {
        while (!closed) {
            try {
                Socket s = server.accept();
                if (refusing) {
                    closeQuietly(s);
                    continue;
                }
                Client c = new Client(s);
                clients.add(c);
                Thread.ofVirtual().name("shure-sim-client").start(() -> serve(c));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Client c) {
        StringBuilder frame = null;
        try (InputStream in = c.socket.getInputStream()) {
            for (int b; (b = in.read()) >= 0; ) {
                if (b == '<') {
                    frame = new StringBuilder();
                } else if (b == '>' && frame != null) {
                    frames.accept(c, frame.toString().strip());
                    frame = null;
                } else if (frame != null && frame.length() < 400) {
                    frame.append((char) b);
                }
            }
        } catch (IOException gone) {
            // client went away
        } finally {
            clients.remove(c);
            closeQuietly(c.socket);
        }
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already gone
        }
    }
}
