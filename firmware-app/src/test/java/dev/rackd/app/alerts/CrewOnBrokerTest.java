package dev.rackd.app.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rackd.app.command.CommandDoor;
import dev.rackd.app.command.Json;
import dev.rackd.app.fixtures.FakeRackState;
import dev.rackd.app.fixtures.Mosquitto;
import dev.rackd.app.fixtures.MqttProbe;
import dev.rackd.app.fixtures.TestLinks;
import dev.rackd.app.fixtures.TestShow;
import dev.rackd.app.state.StateStore;
import dev.rackd.app.telemetry.MqttLink;
import dev.rackd.config.AuthSettings.Role;
import dev.rackd.config.ShowFile;
import dev.rackd.hal.Reading;
import dev.rackd.hal.Unit;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The alert system wired as the service wires it, used the way the crew uses it: over MQTT only. */
class CrewOnBrokerTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    @TempDir
    Path tmp;

    @Test
    void aHotAmpIsSeenListedAcknowledgedByCommandAndLeavesTheBroker() throws Exception {
        FakeRackState rack = new FakeRackState();
        try (Rig rig = new Rig(tmp, rack); MqttProbe cara = rig.phone().subscribe("homeassistant/#")) {
            AlertSystem alerts = rig.alerts;
            Instant t0 = Instant.now();
            for (int s = 0; s <= 10; s++) {
                rack.push(Reading.good("amp-b", "ch3_temperature", 66, Unit.CELSIUS, t0.plusSeconds(s)));
            }
            cara.await(r -> r.topic().equals("rackd/foh/alerts/amp-b.ch3_temperature.high"), WAIT);
            cara.await(r -> r.topic().equals("homeassistant/sensor/rackd-foh/amp-b_ch3_temperature/config"), WAIT);

            JsonNode listed = ask(cara, "alerts", "{}");
            assertThat(listed.get("result").get("alerts").get(0).get("message").asText())
                    .isEqualTo("Amp B ch 3 at 66 °C, limit 60 °C");

            rack.push(Reading.good("amp-b", "ch3_temperature", 40, Unit.CELSIUS, t0.plusSeconds(11)));
            JsonNode acked = ask(cara, "ack", "{\"alert_id\":\"amp-b.ch3_temperature.high\"}");
            assertThat(acked.get("ok").asBoolean()).isTrue();
            cara.await(r -> r.topic().equals("rackd/foh/alerts/amp-b.ch3_temperature.high") && r.payload().length == 0,
                    WAIT);

            JsonNode history = ask(cara, "history", "{\"device\":\"amp-b\"}");
            assertThat(history.get("result").get("events")).extracting(e -> e.get("type").asText())
                    .containsExactly("raise", "clear", "ack");
            assertThat(history.get("result").get("events").get(2).get("acked_by").asText()).isEqualTo("cara");
            assertThat(alerts.engine().open().get()).isEmpty();
        }
    }

    @Test
    void historyPagedOnFromTheLastSeqMissesNothingAndAMisspeltDeviceIsNamed() throws Exception {
        FakeRackState rack = new FakeRackState();
        try (Rig rig = new Rig(tmp, rack); MqttProbe cara = rig.phone()) {
            Instant t0 = Instant.now();
            for (int s = 0; s <= 10; s++) {
                rack.push(Reading.good("amp-b", "ch3_temperature", 66, Unit.CELSIUS, t0.plusSeconds(s)));
            }
            cara.await(r -> r.topic().equals("rackd/foh/alerts/amp-b.ch3_temperature.high"), WAIT);
            rack.push(Reading.good("amp-b", "ch3_temperature", 40, Unit.CELSIUS, t0.plusSeconds(11)));
            assertThat(ask(cara, "ack", "{\"alert_id\":\"amp-b.ch3_temperature.high\"}").get("ok").asBoolean()).isTrue();

            JsonNode first = ask(cara, "history", "{\"limit\":2,\"since_seq\":0}").get("result");
            assertThat(first.get("events")).extracting(e -> e.get("type").asText()).containsExactly("raise", "clear");
            assertThat(first.get("more").asBoolean()).isTrue();
            long last = first.get("events").get(1).get("seq").asLong();
            JsonNode next = ask(cara, "history", "{\"limit\":2,\"since_seq\":" + last + "}").get("result");
            assertThat(next.get("events")).extracting(e -> e.get("type").asText()).containsExactly("ack");
            assertThat(next.get("more").asBoolean()).isFalse();
            assertThat(ask(cara, "history", "{\"limit\":2}").get("result").get("events"))
                    .as("without since_seq, the newest").extracting(e -> e.get("type").asText())
                    .containsExactly("clear", "ack");

            for (String command : new String[] {"history", "alerts"}) {
                JsonNode wrong = ask(cara, command, "{\"device\":\"amp-c\"}");
                assertThat(wrong.get("ok").asBoolean()).isFalse();
                assertThat(wrong.get("error").get("message").asText())
                        .isEqualTo("no device 'amp-c' in the show file or the alerts; did you mean 'amp-b'?");
            }
        }
    }

    @Test
    void aCommandPublishedRetainedWhileRackdListensIsRefusedAndChangesNothing() throws Exception {
        FakeRackState rack = new FakeRackState();
        try (Rig rig = new Rig(tmp, rack); MqttProbe cara = rig.phone()) {
            AlertSystem alerts = rig.alerts;
            Instant t0 = Instant.now();
            for (int s = 0; s <= 10; s++) {
                rack.push(Reading.good("amp-b", "ch3_temperature", 66, Unit.CELSIUS, t0.plusSeconds(s)));
            }
            cara.await(r -> r.topic().equals("rackd/foh/alerts/amp-b.ch3_temperature.high"), WAIT);

            // a retained command would be carried out again at every reconnect: the door must see the flag live too
            cara.publish("rackd/foh/cmd/ack/cara", "{\"alert_id\":\"amp-b.ch3_temperature.high\"}"
                    .getBytes(StandardCharsets.UTF_8), true);
            JsonNode reply = Json.MAPPER.readTree(cara.await(r -> r.topic().equals("rackd/foh/reply/ack/cara"),
                    WAIT).payload());
            assertThat(reply.get("ok").asBoolean()).isFalse();
            assertThat(reply.get("error").get("message").asText()).contains("never taken from retained messages");
            assertThat(alerts.engine().open().get()).singleElement()
                    .satisfies(a -> assertThat(a.ackedBy()).isNull());

            // removed as the refusal says: no second refusal for the empty message that removes it
            cara.publish("rackd/foh/cmd/ack/cara", new byte[0], true);
            JsonNode next = ask(cara, "alerts", "{}");
            assertThat(next.get("ok").asBoolean()).isTrue();
            assertThat(cara.on("rackd/foh/reply/ack/cara")).hasSize(1);
        }
    }

    /** The alert system and the command door on a real broker, wired as the service wires them; crew user cara. */
    private static final class Rig implements AutoCloseable {
        final Mosquitto broker;
        final MqttLink link;
        final CommandDoor door;
        final AlertSystem alerts;

        Rig(Path tmp, FakeRackState rack) throws Exception {
            ShowFile show = TestShow.rack("foh").amp("amp-b", "Amp B", 4, Duration.ofHours(1))
                    .users(Map.of("cara", Role.CREW)).build();
            broker = Mosquitto.start(tmp.resolve("broker"));
            link = TestLinks.connected(broker.uri(), "foh");
            door = new CommandDoor(link, show.auth(), Duration.ofSeconds(10));
            alerts = AlertSystem.start(show, rack, link, new StateStore(tmp.resolve("state"), 8 << 20,
                    Clock.systemUTC(), p -> {}), door, Optional.empty(), Clock.systemUTC());
            door.start();
        }

        MqttProbe phone() throws Exception {
            return MqttProbe.connect(broker.uri(), "cara-phone").subscribe("rackd/foh/alerts/+")
                    .subscribe("rackd/foh/reply/+/cara");
        }

        @Override
        public void close() throws Exception {
            try (broker; link; door; alerts) {
                // closed in reverse order: the alerts first, the broker last
            }
        }
    }

    private static JsonNode ask(MqttProbe who, String command, String payload) throws Exception {
        return Json.MAPPER.readTree(who.request("rackd/foh/cmd/" + command + "/cara",
                payload.getBytes(StandardCharsets.UTF_8), "rackd/foh/reply/q/cara").get(10, TimeUnit.SECONDS).payload());
    }
}
