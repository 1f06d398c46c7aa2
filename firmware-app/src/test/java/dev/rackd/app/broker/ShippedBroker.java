package dev.rackd.app.broker;

import dev.rackd.app.fixtures.Mosquitto;
import dev.rackd.app.fixtures.MqttProbe;
import dev.rackd.app.fixtures.TestLinks;
import dev.rackd.app.fixtures.Tls;
import dev.rackd.app.telemetry.MqttLink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Mosquitto running the configuration shipped in systemd/mosquitto, set up by its own
 * setup-broker.sh in a test folder, with people added by mosquitto_passwd. Only the listener ports
 * and the folder differ from an installed rack.
 */
final class ShippedBroker implements AutoCloseable {
    static final Path SHIPPED = Path.of(System.getProperty("user.dir")).getParent().resolve("systemd/mosquitto");
    static final String PASSWORD = "correct horse";

    final Path dir;
    final Mosquitto broker;
    final String rackdPassword;

    ShippedBroker(Path dir, String rackId, List<String> people) throws Exception {
        this.dir = dir;
        Path etc = dir.resolve("etc");
        run(List.of("sh", SHIPPED.resolve("setup-broker.sh").toString(), rackId, "127.0.0.1", etc.toString()));
        for (String p : people) {
            run(List.of("mosquitto_passwd", "-b", etc.resolve("passwd").toString(), p, PASSWORD));
        }
        rackdPassword = Files.readString(etc.resolve("rackd.password")).strip();
        String conf = Files.readString(SHIPPED.resolve("rackd.conf"))
                .replace("/etc/mosquitto/rackd/", etc + "/")
                .replace("listener 1883 127.0.0.1", "listener PORT 127.0.0.1")
                .replace("listener 8883", "listener PORT2 127.0.0.1");
        broker = Mosquitto.withConfig(dir.resolve("run"), conf);
    }

    String plainUri() {
        return "tcp://127.0.0.1:" + broker.port();
    }

    String tlsUri() {
        return "ssl://127.0.0.1:" + broker.port2();
    }

    /** rackd's own login, on the loopback listener. */
    MqttLink rackd(String rackId) throws Exception {
        return TestLinks.connected(plainUri(), rackId, "rackd-" + rackId, rackdPassword);
    }

    /** A person's client over TLS, trusting the rack's CA. */
    MqttProbe person(String name, String password) throws Exception {
        var tls = Tls.trusting(dir.resolve("etc/ca.crt"));
        return MqttProbe.connect(tlsUri(), name + "-phone", false, o -> {
            o.setUserName(name);
            o.setPassword(password.getBytes());
            o.setSocketFactory(tls);
            o.setAutomaticReconnect(false);
        });
    }

    @Override
    public void close() {
        broker.close();
    }

    static String run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(command + " did not finish");
        }
        String out = new String(p.getInputStream().readAllBytes());
        if (p.exitValue() != 0) {
            throw new IllegalStateException(command + " failed: " + out);
        }
        return out;
    }
}
