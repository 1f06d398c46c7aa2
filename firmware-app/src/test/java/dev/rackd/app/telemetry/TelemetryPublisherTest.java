package dev.rackd.app.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rackd.app.core.InboundMessage;
import dev.rackd.app.core.LiveRackState;
import dev.rackd.app.core.Messaging;
import dev.rackd.hal.Reading;
import dev.rackd.hal.Unit;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class TelemetryPublisherTest {
    private final List<String> published = new ArrayList<>();
    private final List<Runnable> onConnect = new ArrayList<>();
    private Instant now = Instant.parse("2026-11-21T20:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final Messaging messaging = new Messaging() {
        @Override
        public String prefix() {
            return "rackd/foh-a/";
        }

        @Override
        public void publish(String topic, byte[] payload, int qos, boolean retained) {
            assertThat(retained).as("telemetry is retained").isTrue();
            published.add(topic + " " + new String(payload, StandardCharsets.UTF_8));
        }

        @Override
        public void reply(String responseTopic, byte[] payload, byte[] correlationData) {}

        @Override
        public void subscribe(String filter, Consumer<InboundMessage> handler) {}

        @Override
        public boolean connected() {
            return true;
        }

        @Override
        public void onConnect(Runnable action) {
            onConnect.add(action);
        }
    };
    private final LiveRackState state = new LiveRackState(Map.of(), Duration.ofSeconds(1), 0);
    private final TelemetryPublisher telemetry = new TelemetryPublisher(messaging, Topics.forRack("foh-a"), state,
            List.of("distro-l1", "amp-a"), Duration.ofSeconds(10), clock);

    TelemetryPublisherTest() {
        telemetry.start();
    }

    private void volts(double v) {
        state.reading(Reading.good("distro-l1", "l1_voltage", v, Unit.VOLT, now));
    }

    @Test
    void publishesOnChangeOnlyAndRepeatsAfterTheInterval() {
        volts(230.0);
        volts(230.0);
        now = now.plusSeconds(1);
        volts(231.4);
        now = now.plusSeconds(5);
        telemetry.tick(); // 5 s since the last publish: nothing
        now = now.plusSeconds(5);
        telemetry.tick(); // 10 s: the heartbeat

        assertThat(published).filteredOn(s -> s.contains("l1_voltage")).extracting(s -> s.split(" ")[1])
                .containsExactly(
                        "{\"value\":230.0,\"unit\":\"V\",\"ts\":\"2026-11-21T20:00:00.000Z\",\"quality\":\"good\"}",
                        "{\"value\":231.4,\"unit\":\"V\",\"ts\":\"2026-11-21T20:00:01.000Z\",\"quality\":\"good\"}",
                        "{\"value\":231.4,\"unit\":\"V\",\"ts\":\"2026-11-21T20:00:01.000Z\",\"quality\":\"good\"}");
        assertThat(published).allMatch(s -> s.startsWith("rackd/foh-a/devices/distro-l1/"));
    }

    @Test
    void aQualityChangeIsPublishedAtOnce() {
        volts(230.0);
        now = now.plusSeconds(4);
        state.sweep(now); // three polls of 1 s without news: stale
        assertThat(published).last().asString().contains("\"quality\":\"stale\"");
    }

    @Test
    void onlineChangesGoToTheirOwnTopic() {
        state.online("amp-a", true, "answers");
        state.online("amp-a", false, "no answer");
        assertThat(published).containsExactly("rackd/foh-a/devices/amp-a/online true",
                "rackd/foh-a/devices/amp-a/online false");
    }

    @Test
    void everyConnectRepublishesEveryDeviceAndMetric() {
        volts(230.0);
        state.online("distro-l1", true, "answers");
        published.clear();

        onConnect.forEach(Runnable::run);

        assertThat(published).extracting(s -> s.split(" ")[0]).containsExactlyInAnyOrder(
                "rackd/foh-a/devices/distro-l1/online", "rackd/foh-a/devices/amp-a/online",
                "rackd/foh-a/devices/distro-l1/l1_voltage");
        assertThat(published).contains("rackd/foh-a/devices/amp-a/online false");
    }
}
