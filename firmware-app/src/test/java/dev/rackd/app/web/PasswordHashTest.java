package dev.rackd.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rackd.app.fixtures.Mosquitto;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The password file: Mosquitto's $7$ format both ways, and nothing in a bad line lets anyone in. */
class PasswordHashTest {
    @TempDir
    Path tmp;

    @Test
    void aLineWrittenByMosquittoPasswdChecksTheSamePassword() throws Exception {
        Path file = tmp.resolve("passwd");
        Process p = new ProcessBuilder("mosquitto_passwd", "-b", "-c", file.toString(), "cara", "Wedge Mix 3!")
                .redirectErrorStream(true).start();
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        Map<String, PasswordHash> users = PasswordFile.parse(Files.readAllLines(file), "passwd");

        assertThat(users.get("cara").matches("Wedge Mix 3!".toCharArray())).isTrue();
        assertThat(users.get("cara").matches("wedge mix 3!".toCharArray())).isFalse();
    }

    @Test
    void aPasswordSetByRackdLetsTheSameUserIntoMosquitto() throws Exception {
        Path file = tmp.resolve("web-passwords");
        assertThat(Passwords.set(file, "cara", "Wedge Mix 3!".toCharArray())).isTrue();
        assertThat(Files.getPosixFilePermissions(file)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_READ);
        try (Mosquitto broker = Mosquitto.withConfig(tmp.resolve("broker"), "listener PORT 127.0.0.1\n"
                + "allow_anonymous false\npassword_file " + file.toAbsolutePath() + "\n")) {
            assertThat(connects(broker.uri(), "cara", "Wedge Mix 3!")).isTrue();
            assertThat(connects(broker.uri(), "cara", "wrong")).isFalse();
        }
    }

    @Test
    void settingAgainReplacesOnlyThatUsersLine() throws Exception {
        Path file = tmp.resolve("web-passwords");
        Files.writeString(file, "# crew of the autumn tour\n");
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        Passwords.set(file, "cara", "first-pass".toCharArray());
        Passwords.set(file, "vic", "viewer-pass".toCharArray());
        assertThat(Passwords.set(file, "cara", "second-pass".toCharArray())).isFalse();

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(3).first().isEqualTo("# crew of the autumn tour");
        Map<String, PasswordHash> users = PasswordFile.parse(lines, "web-passwords");
        assertThat(users.get("cara").matches("second-pass".toCharArray())).isTrue();
        assertThat(users.get("cara").matches("first-pass".toCharArray())).isFalse();
        assertThat(users.get("vic").iterations()).isEqualTo(PasswordHash.ITERATIONS);
        assertThat(Files.getPosixFilePermissions(file)).as("an existing file keeps its mode")
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void weakOrBrokenLinesAreSkippedAndTheirUsersCannotLogIn() {
        Map<String, PasswordHash> users = PasswordFile.parse(List.of(
                "old:$6$abc$def",
                "plain:secret",
                "slow:$7$900000000$a2V5$" + "A".repeat(88),
                "short:$7$1000$a2V5$AAAA",
                ":$7$1000$a2V5$" + "A".repeat(88),
                "good:" + PasswordHash.create("pw-123456".toCharArray(), 1000).format()), "test");
        assertThat(users).containsOnlyKeys("good");
        assertThatThrownBy(() -> PasswordHash.parse("$6$abc$def")).hasMessageContaining("too weak");
    }

    @Test
    void theFileIsReadAgainWhenItChanges() throws Exception {
        Path file = tmp.resolve("web-passwords");
        PasswordFile passwords = new PasswordFile(file);
        assertThat(passwords.lookup("cara")).isEmpty();
        Files.writeString(file, "cara:" + PasswordHash.create("pw-123456".toCharArray(), 1000).format() + "\n");
        assertThat(passwords.lookup("cara")).isPresent();
    }

    /** Outside bytes: whatever a line holds, parsing either gives a hash or says why, and never lets it through. */
    @Property
    void anyTextIsAHashOrARefusal(@ForAll String text) {
        try {
            PasswordHash h = PasswordHash.parse(text);
            assertThat(h.hash()).hasSize(64);
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 200)
    void anyFileTextParsesWithoutThrowing(@ForAll List<String> lines) {
        assertThat(PasswordFile.parse(lines, "fuzz")).isNotNull();
    }

    private static boolean connects(String uri, String user, String password) throws MqttException {
        MqttClient c = new MqttClient(uri, "pw-" + user + System.nanoTime(), new MemoryPersistence());
        MqttConnectionOptions o = new MqttConnectionOptions();
        o.setUserName(user);
        o.setPassword(password.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        o.setConnectionTimeout(5);
        try {
            c.connect(o);
            c.disconnect();
            return true;
        } catch (MqttException e) {
            return false;
        } finally {
            c.close();
        }
    }
}
