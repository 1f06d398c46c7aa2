package dev.rackd.rig.mqtt;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A real Mosquitto on a free loopback port, without persistence, for end-to-end tests. {@link #kill()}
 * is a crash (SIGKILL, retained messages gone); {@link #start()} brings it back on the same port.
 */
public final class Mosquitto implements AutoCloseable {
    private final Path dir;
    private final int port;
    private Process process;

    private Mosquitto(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    /** Writes the configuration into {@code dir} and starts the broker; anyone may connect. */
    public static Mosquitto start(Path dir) throws IOException {
        return start(dir, "allow_anonymous true\n");
    }

    /** @param access mosquitto.conf lines about who may connect, e.g. a password_file */
    public static Mosquitto start(Path dir, String access) throws IOException {
        Mosquitto m = new Mosquitto(dir, freePort());
        Files.writeString(dir.resolve("mosquitto.conf"), """
                listener %d 127.0.0.1
                persistence false
                log_dest stderr
                # started as root, mosquitto would switch to its own user and lose access to the test's folder
                user %s
                """.formatted(m.port, System.getProperty("user.name")) + access);
        m.start();
        return m;
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    public int port() {
        return port;
    }

    public String uri() {
        return "tcp://127.0.0.1:" + port;
    }

    public synchronized void start() throws IOException {
        process = new ProcessBuilder(binary(), "-c", dir.resolve("mosquitto.conf").toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("mosquitto.log")
                        .toFile())).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!accepts()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IOException("mosquitto did not start on port " + port + ": "
                        + Files.readString(dir.resolve("mosquitto.log")));
            }
            sleep(20);
        }
    }

    /** Like a crash: SIGKILL, nothing saved. */
    public synchronized void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }

    @Override
    public void close() {
        if (process != null) {
            process.destroyForcibly();
        }
    }

    private boolean accepts() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Debian puts the broker in /usr/sbin, which is not on every user's PATH. */
    private static String binary() {
        Path sbin = Path.of("/usr/sbin/mosquitto");
        return Files.isExecutable(sbin) ? sbin.toString() : "mosquitto";
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
