package dev.rackd.rig.wireless;

import static dev.rackd.rig.e2e.Payloads.node;
import static dev.rackd.rig.e2e.Payloads.text;
import static dev.rackd.rig.e2e.Payloads.value;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rackd.config.TvChannels;
import dev.rackd.config.CoordinationSettings.TvPlan;
import dev.rackd.rig.e2e.RackdProcess;
import dev.rackd.rig.mqtt.Mosquitto;
import dev.rackd.rig.mqtt.MqttWatch;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example touring rack's wireless, simulated on its real transports, under the real service (a rackd child JVM)
 * and a real Mosquitto, seen the way the RF tech sees it: telemetry, alerts and commands over MQTT.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WirelessRackEndToEndTest {
    private static final Path EXAMPLE = Path.of("../rack-config/examples/touring-rack.yaml");
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String RACK = "rackd/foh-a/";
    /** A crew member of the show file (the test broker has no ACL: the name is a claim, as on the embedded one). */
    private static final String CREW = "monitor-engineer";

    @TempDir
    static Path tmp;
    private Mosquitto broker;
    private RackdProcess rackd;
    private MqttWatch watch;
    private long backupKhz;

    @BeforeAll
    void startRack() throws Exception {
        broker = Mosquitto.start(tmp);
        watch = new MqttWatch(broker.uri(), "rackd/#");
        rackd = RackdProcess.start(tmp.resolve("rackd.log"), "run", "--config", EXAMPLE.toString(), "--simulate",
                "--broker", broker.uri(), "--http-port", "0");
        // rackd takes injections and commands once subscribed, and announces the power sequence's state just after:
        // a test run on its own (surefire's rerun) must not send before that
        watch.await(RACK + "power/sequence", p -> true, WAIT);
    }

    @AfterAll
    void stopAll() throws Exception {
        watch.close();
        rackd.close();
        broker.close();
    }

    @Test
    @Order(1)
    void everyReceiverComesOnlineWithItsShowFileFrequencies() throws Exception {
        for (String rx : new String[] {"ulxd-1", "ulxd-2", "ew-mc"}) {
            watch.await(RACK + "devices/" + rx + "/online", "true"::equals, WAIT);
        }
        watch.await(RACK + "devices/ulxd-1/ch3_frequency", p -> value(p) == 495_750, WAIT);
        watch.await(RACK + "devices/ew-mc/ch1_frequency", p -> value(p) == 526_400, WAIT);
        watch.await(RACK + "devices/ulxd-1/ch2_battery_bars", p -> value(p) == 5, WAIT);
    }

    @Test
    @Order(2)
    void aDrainingBatteryWarnsAtTwoBarsNotBefore() throws Exception {
        String alert = RACK + "alerts/ulxd-1.ch2_battery_bars.low";
        watch.publish(RACK + "sim/ulxd-1/ch2_battery_bars", "3");
        watch.await(RACK + "devices/ulxd-1/ch2_battery_bars", p -> value(p) == 3, WAIT);
        Thread.sleep(6_000); // longer than the rule's 5 s minimum duration
        assertThat(watch.get(alert)).as("3 bars is no alert").isNull();

        watch.publish(RACK + "sim/ulxd-1/ch2_battery_bars", "2");
        JsonNode a = node(watch.await(alert, p -> text(p, "state").equals("active"), WAIT).payload());
        assertThat(a.get("severity").asText()).isEqualTo("warning");
        assertThat(a.get("value").asDouble()).isEqualTo(2);
        assertThat(a.get("message").asText()).contains("ULXD4Q vocals");
        watch.publish(RACK + "sim/ulxd-1/ch2_battery_bars", "5");
    }

    @Test
    @Order(3)
    void aReceiverThatDropsOffIsOfflineWithAnAlertAndComesBack() throws Exception {
        String alert = RACK + "alerts/ulxd-2.offline";
        watch.publish(RACK + "sim/ulxd-2/state", "offline");
        watch.await(RACK + "devices/ulxd-2/online", "false"::equals, WAIT);
        JsonNode a = node(watch.await(alert, p -> text(p, "state").equals("active"), WAIT).payload());
        assertThat(a.get("severity").asText()).isEqualTo("warning");
        assertThat(a.get("device").asText()).isEqualTo("ulxd-2");

        watch.publish(RACK + "sim/ulxd-2/state", "online");
        watch.await(RACK + "devices/ulxd-2/online", "true"::equals, WAIT);
        watch.await(alert, p -> p.isEmpty() || !text(p, "state").equals("active"), WAIT);
    }

    @Test
    @Order(4)
    void interferenceRaisesAnAlertThatProposesACleanBackup() throws Exception {
        watch.publish(RACK + "sim/ulxd-1/ch3_interference", "1");
        JsonNode a = node(watch.await(RACK + "alerts/ulxd-1.ch3_interference.wireless_interference",
                p -> text(p, "state").equals("active"), WAIT).payload());
        String message = a.get("message").asText();
        Matcher m = Pattern.compile("clean backup (\\d+) kHz").matcher(message);
        assertThat(m.find()).as(message).isTrue();
        assertThat(message).contains("send rf_retune for ulxd-1/3");
        backupKhz = Long.parseLong(m.group(1));
        assertThat(backupKhz).isBetween(470_125L, 533_875L);
        assertThat((backupKhz - 470_125) % 25).isZero();
        int tv = TvChannels.channelOf(TvPlan.EU, backupKhz);
        assertThat(tv).as("another TV channel than the interfered one, none the venue excludes")
                .isNotEqualTo(TvChannels.channelOf(TvPlan.EU, 495_750)).isNotIn(37, 38);
    }

    @Test
    @Order(5)
    void rfRetuneOverMqttMovesTheReceiverOnlyWhenConfirmed() throws Exception {
        if (backupKhz == 0) { // run on its own: the interference and its proposed backup first
            interferenceRaisesAnAlertThatProposesACleanBackup();
        }
        String reply = RACK + "reply/rf_retune/" + CREW;
        watch.publish(RACK + "cmd/rf_retune/" + CREW, "{\"receiver\": \"ulxd-1\", \"channel\": 3, \"request_id\": \"a\"}");
        JsonNode refused = node(watch.await(reply, p -> text(p, "request_id").equals("a"), WAIT).payload());
        assertThat(refused.get("ok").asBoolean()).isFalse();
        assertThat(refused.at("/error/code").asText()).isEqualTo("refused");
        assertThat(refused.at("/error/message").asText()).contains("\"confirm\": true");

        watch.publish(RACK + "cmd/rf_retune/" + CREW,
                "{\"receiver\": \"ulxd-1\", \"channel\": 3, \"confirm\": true, \"request_id\": \"b\"}");
        JsonNode done = node(watch.await(reply, p -> text(p, "request_id").equals("b"), WAIT).payload());
        assertThat(done.get("ok").asBoolean()).as(done.toString()).isTrue();
        assertThat(done.at("/result/frequency_khz").asLong()).isEqualTo(backupKhz);
        // the simulated receiver carries it now: telemetry comes from its own report
        watch.await(RACK + "devices/ulxd-1/ch3_frequency", p -> value(p) == backupKhz, WAIT);
        JsonNode event = node(watch.await(RACK + "events/wireless", p -> text(p, "event").equals("retuned"), WAIT)
                .payload());
        assertThat(event.get("from_khz").asLong()).isEqualTo(495_750);
        assertThat(event.get("to_khz").asLong()).isEqualTo(backupKhz);

        watch.publish(RACK + "sim/ulxd-1/ch3_interference", "0");
        watch.await(RACK + "alerts/ulxd-1.ch3_interference.wireless_interference",
                p -> p.isEmpty() || !text(p, "state").equals("active"), WAIT);
        assertThat(rackd.isAlive()).isTrue();
    }
}
