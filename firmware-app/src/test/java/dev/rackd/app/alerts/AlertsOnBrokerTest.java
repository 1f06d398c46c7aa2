package dev.rackd.app.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rackd.app.command.Json;
import dev.rackd.app.command.WireTime;
import dev.rackd.app.fixtures.Mosquitto;
import dev.rackd.app.fixtures.MqttProbe;
import dev.rackd.app.fixtures.MqttProbe.Received;
import dev.rackd.app.fixtures.TestShow;
import dev.rackd.config.ShowFile;
import dev.rackd.hal.Reading;
import dev.rackd.hal.Unit;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The alert lifecycle as a crew member's MQTT client sees it on a real Mosquitto. */
class AlertsOnBrokerTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String ALERT = "rackd/foh/alerts/amp-b.ch3_temperature.high";
    @TempDir
    Path tmp;
    private final ShowFile show = TestShow.rack("foh").amp("amp-b", "Amp B", 4, Duration.ofHours(1)).build();
    private final Instant t0 = Instant.now();
    private Mosquitto broker;
    private AlertRig rig;
    private MqttProbe crew;

    @BeforeEach
    void up() throws Exception {
        broker = Mosquitto.start(tmp.resolve("broker"));
        rig = new AlertRig(show, broker.uri(), tmp.resolve("state"), Clock.systemUTC(), 5000);
        crew = MqttProbe.connect(broker.uri(), "crew").subscribe("rackd/foh/alerts/+").subscribe("rackd/foh/events");
    }

    @AfterEach
    void down() throws Exception {
        crew.close();
        rig.close();
        broker.close();
    }

    private void temperature(double celsius, int second) {
        rig.rack.push(Reading.good("amp-b", "ch3_temperature", celsius, Unit.CELSIUS, t0.plusSeconds(second)));
    }

    private static JsonNode json(Received r) throws Exception {
        return Json.MAPPER.readTree(r.payload());
    }

    private List<String> eventTypes() throws Exception {
        List<String> out = new java.util.ArrayList<>();
        for (Received r : crew.on("rackd/foh/events")) {
            out.add(json(r).get("type").asText() + " " + json(r).get("state").asText());
        }
        return out;
    }

    @Test
    void spikesPageNobodyAHeldLimitRaisesAndTheAlertStaysUntilCooledPastHysteresisAndAcknowledged()
            throws Exception {
        temperature(50, 0);
        temperature(90, 1); // one spike
        temperature(50, 2);
        for (int s = 3; s <= 13; s++) {
            temperature(71, s); // critical for the default 10 s
        }
        Received raised = crew.await(r -> r.topic().equals(ALERT) && r.payload().length > 0, WAIT);
        JsonNode a = json(raised);
        assertThat(a.get("id").asText()).isEqualTo("amp-b.ch3_temperature.high");
        assertThat(a.get("severity").asText()).isEqualTo("critical");
        assertThat(a.get("device").asText()).isEqualTo("amp-b");
        assertThat(a.get("metric").asText()).isEqualTo("ch3_temperature");
        assertThat(a.get("value").asDouble()).isEqualTo(71.0);
        assertThat(a.get("threshold").asDouble()).isEqualTo(70.0);
        assertThat(a.get("message").asText()).isEqualTo("Amp B ch 3 at 71 °C, limit 70 °C");
        assertThat(a.get("raised_at").asText()).isEqualTo(WireTime.format(t0.plusSeconds(13)));
        assertThat(a.get("acked_by").isNull()).isTrue();
        assertThat(a.get("count").asLong()).isEqualTo(1);
        assertThat(a.get("seq").asLong()).isPositive();

        temperature(68, 14); // inside the 3 °C hysteresis: still critical
        temperature(40, 15); // cool: the condition goes, the critical latches
        crew.await(r -> r.topic().equals("rackd/foh/events") && r.text().contains("\"type\":\"clear\""), WAIT);
        assertThat(eventTypes()).containsExactly("raise active", "clear latched");

        rig.engine.acknowledge("amp-b.ch3_temperature.high", "chief").get();
        crew.await(r -> r.topic().equals(ALERT) && r.payload().length == 0, WAIT);
        assertThat(eventTypes()).containsExactly("raise active", "clear latched", "ack closed");
        JsonNode ack = json(crew.on("rackd/foh/events").getLast());
        assertThat(ack.get("acked_by").asText()).isEqualTo("chief");
        assertThat(ack.get("ts").asText()).isNotBlank();
        List<Long> seqs = crew.on("rackd/foh/events").stream().map(r -> {
            try {
                return json(r).get("seq").asLong();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertThat(seqs).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void aChannelHeatingFasterThanItsRateRaisesARateWarningBeforeAnyLimit() throws Exception {
        for (int s = 0; s <= 60; s += 2) {
            temperature(30 + s * 0.15, s); // 9 °C/min, still far below 60 °C
        }
        Received r = crew.await(m -> m.topic().equals("rackd/foh/alerts/amp-b.ch3_temperature.rate"), WAIT);
        JsonNode a = json(r);
        assertThat(a.get("severity").asText()).isEqualTo("warning");
        assertThat(a.get("message").asText()).isEqualTo("Amp B ch 3 rising 9 °C/min, limit 5 °C/min");
        assertThat(a.get("unit").asText()).isEqualTo("°C/min");
    }

    @Test
    void openAlertsAndCountsComeBackAfterARestartAndAreRepublishedToABrokerThatLostThem() throws Exception {
        for (int round = 0; round < 2; round++) {
            int s0 = round * 100;
            for (int s = 0; s <= 10; s++) {
                temperature(65, s0 + s); // warning: does not latch
            }
            temperature(40, s0 + 11);
        }
        crew.await(r -> r.topic().equals(ALERT) && r.text().contains("\"count\":2"), WAIT);
        rig.close();
        broker.kill9();
        java.nio.file.Files.deleteIfExists(tmp.resolve("broker").resolve("mosquitto.db")); // retained messages lost
        broker.restart();

        rig = new AlertRig(show, broker.uri(), tmp.resolve("state"), Clock.systemUTC(), 5000);
        MqttProbe late = MqttProbe.connect(broker.uri(), "late").subscribe("rackd/foh/alerts/+");
        try {
            Received again = late.await(r -> r.topic().equals(ALERT), WAIT);
            assertThat(json(again).get("count").asLong()).isEqualTo(2);
            assertThat(json(again).get("state").asText()).isEqualTo("cleared");
            assertThat(rig.engine.history(10, 0, "amp-b").get()).extracting(e -> e.type().name())
                    .containsExactly("RAISE", "CLEAR", "RAISE", "CLEAR");
        } finally {
            late.close();
        }
    }

    @Test
    void aBrokerThatLostItsRetainedMessagesGetsTheOpenAlertsAgainOnReconnect() throws Exception {
        rig.engine.raise("window", "distro", "l1_voltage", Severity.WARNING, 250, 248, "Distro L1 at 250 V");
        crew.await(r -> r.topic().equals("rackd/foh/alerts/distro.l1_voltage.window"), WAIT);
        broker.kill9();
        java.nio.file.Files.deleteIfExists(tmp.resolve("broker").resolve("mosquitto.db"));
        broker.restart();
        try (MqttProbe late = MqttProbe.connect(broker.uri(), "late")) {
            late.subscribe("rackd/foh/alerts/+");
            Received again = late.await(r -> r.topic().equals("rackd/foh/alerts/distro.l1_voltage.window"),
                    Duration.ofSeconds(15));
            assertThat(json(again).get("message").asText()).isEqualTo("Distro L1 at 250 V");
        }
    }

    @Test
    void retainedAlertsThatAreNoLongerOpenAreRemovedFromTheBroker() throws Exception {
        crew.publish("rackd/foh/alerts/ghost.offline", "{\"id\":\"ghost.offline\"}".getBytes(), true);
        crew.await(r -> r.topic().equals("rackd/foh/alerts/ghost.offline") && r.payload().length == 0, WAIT);
    }

    @Test
    void eventsRaisedWhileTheBrokerIsAwaySurviveARestartOfRackdAndKeepTheirTimes() throws Exception {
        try (MqttProbe logger = MqttProbe.connect(broker.uri(), "logger", true, o -> {})) {
            logger.subscribe("rackd/foh/events");
            broker.awaitSave(); // the subscription must be on disk to survive the kill
            broker.kill9();
            Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS); // the wire carries milliseconds
            rig.engine.raise("window", "distro", "l1_voltage", Severity.CRITICAL, 262, 253, "Distro L1 at 262 V");
            rig.engine.call(() -> null).get();
            rig.close(); // rackd stops with the event undelivered
            broker.restart();
            rig = new AlertRig(show, broker.uri(), tmp.resolve("state"), Clock.systemUTC(), 5000);

            Received e = logger.await(r -> r.topic().equals("rackd/foh/events"), Duration.ofSeconds(15));
            JsonNode n = json(e);
            assertThat(n.get("type").asText()).isEqualTo("raise");
            assertThat(n.get("message").asText()).isEqualTo("Distro L1 at 262 V");
            assertThat(Instant.parse(n.get("ts").asText())).isBetween(before, before.plusSeconds(1));
        }
    }
}
