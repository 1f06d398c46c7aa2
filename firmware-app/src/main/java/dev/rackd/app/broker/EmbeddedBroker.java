package dev.rackd.app.broker;

import com.hivemq.embedded.EmbeddedHiveMQ;
import dev.rackd.app.core.FileTrees;
import dev.rackd.app.core.StartupException;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MQTT 5 broker rackd runs itself when the show file names none, so a fresh machine needs nothing
 * else: HiveMQ Community Edition, embedded. Its configuration is written here: one TCP listener on the
 * given address, in-memory persistence (no SD card wear; rackd re-publishes retained state itself), and
 * anonymous usage statistics switched off, so it never calls home. Its folders live in a temporary
 * folder removed on stop.
 */
public final class EmbeddedBroker implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedBroker.class);
    private static final long START_SECONDS = 60;
    private static final long STOP_SECONDS = 2;

    private final String host;
    private final int port;
    private final Path home;
    private final EmbeddedHiveMQ hivemq;

    private EmbeddedBroker(String host, int port, Path home, EmbeddedHiveMQ hivemq) {
        this.host = host;
        this.port = port;
        this.home = home;
        this.hivemq = hivemq;
    }

    /** Starts the broker and returns once it accepts connections. */
    public static EmbeddedBroker start(String host, int port) throws StartupException {
        refuseTakenPort(host, port);
        Path home;
        try {
            home = Files.createTempDirectory("rackd-broker-");
            Path conf = Files.createDirectories(home.resolve("conf"));
            Files.writeString(conf.resolve("config.xml"), config(host, port), StandardCharsets.UTF_8);
            Files.createDirectories(home.resolve("data"));
            Files.createDirectories(home.resolve("extensions"));
        } catch (IOException e) {
            throw new StartupException(StartupException.ENVIRONMENT,
                    "cannot prepare the embedded broker's folder: " + e.getMessage());
        }
        EmbeddedHiveMQ hivemq = EmbeddedHiveMQ.builder()
                .withConfigurationFolder(home.resolve("conf"))
                .withDataFolder(home.resolve("data"))
                .withExtensionsFolder(home.resolve("extensions"))
                .withoutLoggingBootstrap() // keep rackd's logging as it is
                .build();
        EmbeddedBroker broker = new EmbeddedBroker(host, port, home, hivemq);
        long t0 = System.nanoTime();
        try {
            hivemq.start().get(START_SECONDS, TimeUnit.SECONDS);
            if (!accepts(host, port)) {
                throw new IOException("nothing listens on " + host + ":" + port + " after start");
            }
        } catch (Exception e) {
            broker.close();
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new StartupException(StartupException.ENVIRONMENT, "the embedded MQTT broker did not start on "
                    + host + ":" + port + " (" + e.getMessage() + "); run with --broker tcp://HOST:PORT instead", e);
        }
        log.info("embedded MQTT broker on {}:{} (started in {} ms)", host, port,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
        return broker;
    }

    public String uri() {
        return "tcp://" + host + ":" + port;
    }

    /** The temporary folder holding the broker's configuration and data; gone after {@link #close()}. */
    public Path home() {
        return home;
    }

    @Override
    public void close() {
        try {
            // rackd has already said goodbye on it; HiveMQ's own orderly stop can take seconds we do not need
            hivemq.stop().get(STOP_SECONDS, TimeUnit.SECONDS);
            hivemq.close();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            log.debug("embedded broker not stopped in {} s: {}", STOP_SECONDS, e.toString());
        }
        FileTrees.deleteQuietly(home);
    }

    static String config(String host, int port) {
        return """
                <?xml version="1.0"?>
                <hivemq>
                    <listeners>
                        <tcp-listener>
                            <port>%d</port>
                            <bind-address>%s</bind-address>
                        </tcp-listener>
                    </listeners>
                    <persistence>
                        <mode>in-memory</mode>
                    </persistence>
                    <anonymous-usage-statistics>
                        <enabled>false</enabled>
                    </anonymous-usage-statistics>
                </hivemq>
                """.formatted(port, xmlText(host));
    }

    /** Fails fast, in one line, when something else already listens there (often a Mosquitto). */
    private static void refuseTakenPort(String host, int port) throws StartupException {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(host, port));
        } catch (BindException e) {
            throw new StartupException(StartupException.ENVIRONMENT, "port " + port + " on " + host
                    + " is already taken (another MQTT broker?); to use that broker run with --broker tcp://"
                    + host + ":" + port + ", or set mqtt.embedded.port in the show file");
        } catch (IOException e) {
            throw new StartupException(StartupException.ENVIRONMENT,
                    "cannot listen on " + host + ":" + port + " (" + e.getMessage() + "); check mqtt.embedded.host");
        }
    }

    private static boolean accepts(String host, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), 2_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String xmlText(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
