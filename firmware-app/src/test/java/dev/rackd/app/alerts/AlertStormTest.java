package dev.rackd.app.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rackd.app.command.Json;
import dev.rackd.app.fixtures.Mosquitto;
import dev.rackd.app.fixtures.MqttProbe;
import dev.rackd.app.fixtures.MqttProbe.Received;
import dev.rackd.app.fixtures.TestShow;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A storm of 1,000 alerts (each raised and cleared) while the broker is killed with SIGKILL and
 * restarted: a subscriber with a persistent session must see every raise and clear exactly once and in
 * order once it ignores repeats by sequence number, with no gap ever.
 */
class AlertStormTest {
    private static final int ALERTS = 1000;
    @TempDir
    Path tmp;

    private record Seen(long seq, String type, String id) {}

    @Test
    void everyRaiseAndClearArrivesOnceInOrderAcrossABrokerKilledMidStorm() throws Exception {
        try (Mosquitto broker = Mosquitto.start(tmp.resolve("broker"));
                MqttProbe crew = MqttProbe.connect(broker.uri(), "crew-logger", true, o -> {});
                AlertRig rig = new AlertRig(TestShow.rack("foh").build(), broker.uri(), tmp.resolve("state"),
                        Clock.systemUTC(), 10_000)) {
            crew.subscribe("rackd/foh/events");
            broker.awaitSave(); // the subscription must be on disk to survive the kill

            storm(rig, 0, ALERTS / 2);
            crew.await(r -> r.topic().equals("rackd/foh/events") && seq(r) >= 150, Duration.ofSeconds(20));
            broker.kill9();
            int beforeKill = crew.on("rackd/foh/events").size();
            assertThat(beforeKill).as("killed mid-storm").isLessThan(ALERTS);
            storm(rig, ALERTS / 2, ALERTS); // raised while the broker is gone
            Thread.sleep(1000);
            broker.restart();

            List<Seen> raw = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            List<Seen> deduped = List.of();
            while (System.nanoTime() < deadline) {
                raw = seen(crew);
                deduped = dedupe(raw);
                if (deduped.size() >= 2 * ALERTS) {
                    break;
                }
                Thread.sleep(200);
            }

            List<String> expected = new ArrayList<>();
            for (int i = 0; i < ALERTS; i++) {
                expected.add("raise dev-" + i + ".storm");
                expected.add("clear dev-" + i + ".storm");
            }
            assertThat(deduped).extracting(s -> s.type() + " " + s.id()).containsExactlyElementsOf(expected);
            long first = deduped.getFirst().seq();
            for (int i = 0; i < deduped.size(); i++) {
                assertThat(deduped.get(i).seq()).isEqualTo(first + i);
            }
            long last = first - 1;
            for (Seen s : raw) {
                assertThat(s.seq()).as("never a gap: a repeat, or the next one").isLessThanOrEqualTo(last + 1);
                last = Math.max(last, s.seq());
            }
            System.out.printf("storm: %d events, %d received before the kill, %d received, %d repeats%n",
                    deduped.size(), beforeKill, raw.size(), raw.size() - deduped.size());
        }
    }

    private static void storm(AlertRig rig, int from, int to) throws Exception {
        for (int i = from; i < to; i++) {
            rig.engine.raise("storm", "dev-" + i, "", Severity.WARNING, i, 0, "storm alert " + i);
            rig.engine.clear("storm", "dev-" + i, "");
        }
        rig.engine.call(() -> null).get();
    }

    private static List<Seen> seen(MqttProbe crew) throws Exception {
        List<Seen> out = new ArrayList<>();
        for (Received r : crew.on("rackd/foh/events")) {
            JsonNode n = Json.MAPPER.readTree(r.payload());
            out.add(new Seen(n.get("seq").asLong(), n.get("type").asText(), n.get("id").asText()));
        }
        return out;
    }

    /** What a subscriber does: ignore anything not newer than the last sequence number it took. */
    private static List<Seen> dedupe(List<Seen> raw) {
        List<Seen> out = new ArrayList<>();
        long last = -1;
        for (Seen s : raw) {
            if (s.seq() > last) {
                out.add(s);
                last = s.seq();
            }
        }
        return out;
    }

    private static long seq(Received r) {
        try {
            return Json.MAPPER.readTree(r.payload()).get("seq").asLong();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
