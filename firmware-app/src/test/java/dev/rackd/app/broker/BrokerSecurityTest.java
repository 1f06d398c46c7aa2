package dev.rackd.app.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rackd.app.command.CommandDoor;
import dev.rackd.app.command.Json;
import dev.rackd.app.fixtures.MqttProbe;
import dev.rackd.app.telemetry.MqttLink;
import dev.rackd.config.AuthSettings;
import dev.rackd.config.AuthSettings.Role;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Mosquitto configuration shipped in systemd/mosquitto, on a real broker: TLS, passwords, and an
 * ACL under which the broker proves who sent each command.
 * One broker (its keys take a while to make) serves every test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrokerSecurityTest {
    private static final byte[] MUTE = "{\"device\":\"amp-b\",\"channel\":2}".getBytes(StandardCharsets.UTF_8);
    @TempDir
    static Path tmp;
    private ShippedBroker shipped;
    private MqttLink rackd;
    private CommandDoor door;
    private final List<String> muted = new CopyOnWriteArrayList<>();

    @BeforeEach
    void forget() {
        muted.clear();
    }

    @BeforeAll
    void up() throws Exception {
        shipped = new ShippedBroker(tmp, "foh", List.of("vic", "cara", "ada"));
        rackd = shipped.rackd("foh");
        door = new CommandDoor(rackd, new AuthSettings(Map.of("vic", Role.VIEWER, "cara", Role.CREW, "ada", Role.ADMIN),
                Map.of()), Duration.ofSeconds(5));
        door.register("mute", List.of(Role.CREW, Role.ADMIN), r -> {
            r.allowOnly("device", "channel");
            muted.add(r.requireString("device") + " ch" + r.requireInt("channel", 1, 4) + " by " + r.user());
            return Map.of("muted", true);
        });
        door.start();
    }

    @AfterAll
    void down() throws Exception {
        door.close();
        rackd.close();
        shipped.close();
    }

    private static JsonNode reply(MqttProbe who, String user) throws Exception {
        return Json.MAPPER.readTree(who.request("rackd/foh/cmd/mute/" + user, MUTE, "rackd/foh/reply/t1/" + user)
                .get(10, TimeUnit.SECONDS).payload());
    }

    @Test
    void aViewersMuteIsRefusedAndACrewMembersIsCarriedOut() throws Exception {
        try (MqttProbe vic = shipped.person("vic", ShippedBroker.PASSWORD).subscribe("rackd/foh/reply/+/vic");
                MqttProbe cara = shipped.person("cara", ShippedBroker.PASSWORD).subscribe("rackd/foh/reply/+/cara")) {
            JsonNode refused = reply(vic, "vic");
            assertThat(refused.get("ok").asBoolean()).isFalse();
            assertThat(refused.get("error").get("code").asText()).isEqualTo("not_authorised");
            assertThat(muted).isEmpty();

            JsonNode done = reply(cara, "cara");
            assertThat(done.get("ok").asBoolean()).isTrue();
            assertThat(muted).containsExactly("amp-b ch2 by cara");
        }
    }

    @Test
    void nobodyCanSendACommandInSomebodyElsesName() throws Exception {
        try (MqttProbe cara = shipped.person("cara", ShippedBroker.PASSWORD)) {
            assertThat(cara.publishReason("rackd/foh/cmd/mute/ada", MUTE, false)).isEqualTo(0x87);
            assertThat(cara.publishReason("rackd/foh/cmd/mute", MUTE, false)).as("nameless").isEqualTo(0x87);
            Thread.sleep(500);
            assertThat(muted).isEmpty();
        }
    }

    @Test
    void theCrewWritesOnlyCommandsAndReadsOnlyTheirOwnReplies() throws Exception {
        try (MqttProbe cara = shipped.person("cara", ShippedBroker.PASSWORD).subscribe("rackd/foh/#");
                MqttProbe ada = shipped.person("ada", ShippedBroker.PASSWORD).subscribe("rackd/foh/reply/+/ada")) {
            assertThat(cara.publishReason("rackd/foh/alerts/fake", "{}".getBytes(), true)).isEqualTo(0x87);
            assertThat(cara.publishReason("rackd/foh/status", "offline".getBytes(), true)).isEqualTo(0x87);
            assertThat(cara.publishReason("homeassistant/status", "online".getBytes(), false)).isEqualTo(0x87);

            rackd.publishAcknowledged("rackd/foh/events", "{\"seq\":1}".getBytes(), 1, false).get(5, TimeUnit.SECONDS);
            cara.await(r -> r.topic().equals("rackd/foh/events"), Duration.ofSeconds(5));

            assertThat(reply(ada, "ada").get("ok").asBoolean()).isTrue();
            Thread.sleep(300);
            assertThat(cara.messages()).extracting(MqttProbe.Received::topic).doesNotContain("rackd/foh/reply/t1/ada");
        }
    }

    @Test
    void rackdWritesOnlyItsOwnRacksTree() throws Exception {
        rackd.publishAcknowledged("rackd/foh/status", "online".getBytes(), 1, true).get(5, TimeUnit.SECONDS);
        assertThatThrownBy(() -> rackd.publishAcknowledged("rackd/mon/status", "online".getBytes(), 1, true)
                .get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class).hasMessageContaining("refused");
    }

    @Test
    void aWrongPasswordOrNoNameGetsNoConnection() {
        assertThatThrownBy(() -> shipped.person("cara", "guess")).isInstanceOf(Exception.class);
        assertThatThrownBy(() -> MqttProbe.connect(shipped.plainUri(), "anon")).isInstanceOf(Exception.class);
    }

    @Test
    void anMqtt311ClientGetsItsReplyOnTheDocumentedTopicWithItsRequestId() throws Exception {
        String ca = tmp.resolve("etc/ca.crt").toString();
        String port = Integer.toString(shipped.broker.port2());
        // the retained status comes first, as soon as the subscriptions stand: only then is the command sent
        rackd.publishAcknowledged("rackd/foh/status", "online".getBytes(), 1, true).get(5, TimeUnit.SECONDS);
        Process sub = new ProcessBuilder("mosquitto_sub", "-V", "mqttv311", "-h", "127.0.0.1", "-p", port,
                "--cafile", ca, "-u", "cara", "-P", ShippedBroker.PASSWORD, "-v", "-t", "rackd/foh/status",
                "-t", "rackd/foh/reply/mute/cara", "-C", "2", "-W", "30").start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(sub.getInputStream(),
                    StandardCharsets.UTF_8));
            assertThat(lines.readLine()).isEqualTo("rackd/foh/status online");
            ShippedBroker.run(List.of("mosquitto_pub", "-V", "mqttv311", "-h", "127.0.0.1", "-p", port,
                    "--cafile", ca, "-u", "cara", "-P", ShippedBroker.PASSWORD, "-q", "1",
                    "-t", "rackd/foh/cmd/mute/cara", "-m", "{\"device\":\"amp-b\",\"channel\":3,\"request_id\":\"r-7\"}"));
            String reply = lines.readLine();
            assertThat(reply).startsWith("rackd/foh/reply/mute/cara ");
            JsonNode r = Json.MAPPER.readTree(reply.substring(reply.indexOf(' ') + 1));
            assertThat(r.get("ok").asBoolean()).isTrue();
            assertThat(r.get("request_id").asText()).isEqualTo("r-7");
            assertThat(muted).containsExactly("amp-b ch3 by cara");
        } finally {
            sub.destroyForcibly();
        }
    }
}
