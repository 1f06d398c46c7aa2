package dev.rackd.rig.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.rackd.app.telemetry.MqttEndpoint;
import dev.rackd.app.telemetry.MqttLink;
import dev.rackd.app.telemetry.Topics;
import dev.rackd.config.MqttSettings;
import dev.rackd.hal.Backoff;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.paho.mqttv5.client.IMqttMessageListener;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.MqttSubscription;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Messaging contract on a real Mosquitto: replies, buffering while away, re-subscription, credentials. */
class MqttLinkTest {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final byte[] ASCII_ONE = "1".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path tmp;

    private static MqttLink link(MqttEndpoint endpoint) {
        return new MqttLink(endpoint, Topics.forRack("t"), 100, new Backoff(Duration.ofMillis(200),
                Duration.ofSeconds(1)));
    }

    @Test
    void aReplyCarriesTheRequestsCorrelationData() throws Exception {
        try (Mosquitto broker = Mosquitto.start(tmp); MqttLink link = link(MqttEndpoint.embedded("127.0.0.1",
                broker.port(), "rackd-t"))) {
            link.subscribe("rackd/t/cmd/+", m -> link.reply(m.responseTopic().orElseThrow(),
                    ("done " + new String(m.payload(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8),
                    m.correlationData()));
            AtomicInteger connects = new AtomicInteger();
            link.onConnect(connects::incrementAndGet); // after the subscriptions: rackd is listening
            link.start();
            await().atMost(WAIT).until(() -> connects.get() == 1);

            MqttClient crew = new MqttClient(broker.uri(), "crew", new MemoryPersistence());
            crew.connect();
            BlockingQueue<MqttMessage> replies = new LinkedBlockingQueue<>();
            crew.subscribe(new MqttSubscription[] {new MqttSubscription("crew/replies", 1)},
                    new IMqttMessageListener[] {(t, m) -> replies.add(m)});
            MqttProperties props = new MqttProperties();
            props.setResponseTopic("crew/replies");
            props.setCorrelationData(new byte[] {7, 0, 42});
            crew.publish("rackd/t/cmd/mute", new MqttMessage("amp-a".getBytes(StandardCharsets.UTF_8), 1, false, props));

            MqttMessage reply = replies.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(reply).isNotNull();
            assertThat(new String(reply.getPayload(), StandardCharsets.UTF_8)).isEqualTo("done amp-a");
            assertThat(reply.getProperties().getCorrelationData()).containsExactly(7, 0, 42);
            crew.disconnect();
            crew.close();
        }
    }

    @Test
    void theStatusLineSaysUnreachableOnlyOnceAnAttemptHasFailed() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort(); // nothing listens there once the probe is closed
        }
        try (MqttLink link = link(MqttEndpoint.embedded("127.0.0.1", closedPort, "rackd-t"))) {
            assertThat(link.tried()).isFalse();
            link.start();
            await().atMost(WAIT).until(link::tried);
            assertThat(link.connected()).isFalse();
        }
    }

    @Test
    void whileTheBrokerIsAwayMessagesWaitAndEverythingComesBack() throws Exception {
        // the link reaches the broker through a relay that the test opens only once the watch below has subscribed:
        // the one event that is not retained goes to a subscriber that is there, whichever is quicker
        try (Mosquitto broker = Mosquitto.start(tmp); SlowAnswerRelay network = new SlowAnswerRelay(broker.port(),
                Duration.ZERO); MqttLink link = new MqttLink(MqttEndpoint.embedded("127.0.0.1", network.port(),
                "rackd-t"), Topics.forRack("t"), 100, new Backoff(Duration.ofMillis(500), Duration.ofSeconds(1)))) {
            AtomicInteger connects = new AtomicInteger();
            List<String> heard = new CopyOnWriteArrayList<>();
            link.onConnect(connects::incrementAndGet);
            link.subscribe("rackd/t/sim/#", m -> heard.add(new String(m.payload(), StandardCharsets.UTF_8)));
            link.start();
            await().atMost(WAIT).until(() -> connects.get() == 1);

            network.shut();
            broker.kill();
            await().atMost(WAIT).until(() -> !link.connected());
            link.publish("rackd/t/events", "breaker tripped".getBytes(StandardCharsets.UTF_8), 1, false);
            for (String v : List.of("230.1", "229.7", "231.4")) {
                link.publish("rackd/t/devices/pdu/l1_voltage", v.getBytes(StandardCharsets.UTF_8), 0, true);
            }
            broker.start();
            try (MqttWatch watch = new MqttWatch(broker.uri(), "rackd/#")) {
                network.open();
                watch.await("rackd/t/events", "breaker tripped"::equals, WAIT);
                assertThat(watch.await("rackd/t/devices/pdu/l1_voltage", "231.4"::equals, WAIT).retained()).isTrue();
                assertThat(watch.await("rackd/t/status", "online"::equals, WAIT).retained()).isTrue();
                await().atMost(WAIT).until(() -> connects.get() == 2);

                watch.publish("rackd/t/sim/pdu/state", "offline"); // heard only if rackd subscribed again
                await().atMost(WAIT).until(() -> heard.contains("offline"));
            }
        }
    }

    @Test
    void aBrokerThatAnswersTheFirstConnectTooLateStillGetsTheRacksTelemetry() throws Exception {
        // the link gives up on a CONNACK after 6 s; this one comes after 8 (a broker still starting on a busy Pi)
        try (Mosquitto broker = Mosquitto.start(tmp);
                SlowAnswerRelay relay = new SlowAnswerRelay(broker.port(), Duration.ofSeconds(8));
                MqttLink link = link(MqttEndpoint.embedded("127.0.0.1", relay.port(), "rackd-t"));
                MqttWatch watch = new MqttWatch(broker.uri(), "rackd/#")) {
            link.publish("rackd/t/devices/pdu/l1_voltage", "230.4".getBytes(StandardCharsets.UTF_8), 0, true);
            link.start();
            // connected again soon after giving up on the first answer, not after the broker or rackd restarts
            await().atMost(Duration.ofSeconds(10)).until(link::connected);
            assertThat(watch.await("rackd/t/devices/pdu/l1_voltage", "230.4"::equals, WAIT).retained()).isTrue();
            assertThat(watch.await("rackd/t/status", "online"::equals, WAIT).retained()).isTrue();
            link.publish("rackd/t/events", "amp-b hot".getBytes(StandardCharsets.UTF_8), 1, false);
            watch.await("rackd/t/events", "amp-b hot"::equals, WAIT);
        }
    }

    @Test
    void anAcknowledgedPublishCompletesOnceTheBrokerHasItAndFailsAtOnceWhileItIsAway() throws Exception {
        try (Mosquitto broker = Mosquitto.start(tmp); MqttLink link = link(MqttEndpoint.embedded("127.0.0.1",
                broker.port(), "rackd-t"));
                MqttWatch watch = new MqttWatch(broker.uri(), "rackd/t/events")) {
            link.start();
            await().atMost(WAIT).until(link::connected);
            link.publishAcknowledged("rackd/t/events", "amp-b hot".getBytes(StandardCharsets.UTF_8), 1, false)
                    .get(WAIT.toSeconds(), TimeUnit.SECONDS);
            watch.await("rackd/t/events", "amp-b hot"::equals, WAIT);

            broker.kill();
            await().atMost(WAIT).until(() -> !link.connected());
            var away = link.publishAcknowledged("rackd/t/events", "fan failed".getBytes(StandardCharsets.UTF_8), 1,
                    false);
            assertThat(away).isCompletedExceptionally();
        }
    }

    @Test
    void aRetainedMessageArrivesMarkedAsRetainedAndALiveOneDoesNot() throws Exception {
        try (Mosquitto broker = Mosquitto.start(tmp);
                MqttLink link = link(MqttEndpoint.embedded("127.0.0.1", broker.port(), "rackd-t"));
                MqttWatch crew = new MqttWatch(broker.uri(), "crew/#")) {
            crew.publishRetained("rackd/t/cmd/mute", "{}");
            BlockingQueue<Boolean> retained = new LinkedBlockingQueue<>();
            link.subscribe("rackd/t/cmd/#", m -> retained.add(m.retained()));
            link.start();
            assertThat(retained.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
            crew.publish("rackd/t/cmd/mute", "{}");
            assertThat(retained.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).isFalse();
        }
    }

    @Test
    void connectsWithTheShowFilesUsernameAndPasswordFile() throws Exception {
        Path passwords = tmp.resolve("passwd");
        Process p = new ProcessBuilder("mosquitto_passwd", "-c", "-b", passwords.toString(), "rackd-foh-a", "s3cret!")
                .redirectErrorStream(true).start();
        assertThat(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0).as("mosquitto_passwd").isTrue();
        Path passwordFile = Files.writeString(tmp.resolve("mqtt-password"), "s3cret!\n");
        try (Mosquitto broker = Mosquitto.start(tmp, "allow_anonymous false\npassword_file " + passwords + "\n")) {
            MqttSettings settings = new MqttSettings(Optional.of(broker.uri()), "127.0.0.1", 1883, "rackd-foh-a",
                    Optional.of("rackd-foh-a"), Optional.of(passwordFile), Optional.empty(), Duration.ofSeconds(10), 100);
            try (MqttLink link = link(MqttEndpoint.external(broker.uri(), settings));
                    MqttWatch watch = new MqttWatch(broker.uri(), "rackd/#", "rackd-foh-a", "s3cret!")) {
                link.start();
                link.publish("rackd/t/devices/pdu/online", ASCII_ONE, 1, true);
                assertThat(watch.await("rackd/t/status", "online"::equals, WAIT).retained()).isTrue();
                watch.await("rackd/t/devices/pdu/online", "1"::equals, WAIT);
            }
        }
    }
}
