package dev.rackd.app.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rackd.app.alerts.Alert;
import dev.rackd.app.alerts.AlertCommands;
import dev.rackd.app.alerts.AlertEngine;
import dev.rackd.app.alerts.Severity;
import dev.rackd.app.command.MalformedPayloads.Bad;
import dev.rackd.app.fixtures.FakeRackState;
import dev.rackd.app.fixtures.Mosquitto;
import dev.rackd.app.fixtures.MqttProbe;
import dev.rackd.app.fixtures.TestLinks;
import dev.rackd.app.fixtures.TestShow;
import dev.rackd.app.state.StateStore;
import dev.rackd.app.telemetry.MqttLink;
import dev.rackd.config.AuthSettings.Role;
import dev.rackd.config.ShowFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 10,000 bad commands through a real broker: one error reply each, nothing changed, the door still open. */
class CommandFuzzTest {
    private static final int COMMANDS = 10_000;
    @TempDir
    Path tmp;

    @Test
    void everyBadCommandGetsExactlyOneErrorReplyAndChangesNothing() throws Exception {
        ShowFile show = TestShow.rack("foh").users(Map.of("cara", Role.CREW)).build();
        List<String> muted = new CopyOnWriteArrayList<>();
        try (Mosquitto broker = Mosquitto.start(tmp.resolve("broker"));
                MqttLink rackd = TestLinks.connected(broker.uri(), "foh");
                AlertEngine engine = new AlertEngine(show, new StateStore(tmp.resolve("state"), 8 << 20,
                        Clock.systemUTC(), p -> {}), Clock.systemUTC());
                CommandDoor door = new CommandDoor(rackd, show.auth(), Duration.ofSeconds(5));
                MqttProbe fuzz = MqttProbe.connect(broker.uri(), "fuzzer").subscribe("rackd/foh/reply/#")) {
            engine.start(new FakeRackState());
            engine.raise("window", "distro", "l1_voltage", Severity.CRITICAL, 262, 253, "Distro L1 at 262 V");
            AlertCommands.register(door, engine);
            door.register("mute", List.of(Role.CREW, Role.ADMIN), r -> {
                r.allowOnly("device", "channel");
                muted.add(r.requireString("device") + "/" + r.requireInt("channel", 1, 4));
                return "muted";
            });
            door.start();
            List<Alert> before = engine.open().get();

            long started = System.nanoTime();
            MalformedPayloads bad = new MalformedPayloads(20261121L);
            Map<String, Integer> kinds = new TreeMap<>();
            for (int i = 0; i < COMMANDS; i++) {
                Bad b = bad.next();
                kinds.merge(b.kind(), 1, Integer::sum);
                fuzz.request("rackd/foh/cmd/" + b.command() + "/cara", b.payload(), "rackd/foh/reply/fuzz/cara");
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (fuzz.messages().size() < COMMANDS && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            Thread.sleep(500); // any second reply would arrive now

            List<MqttProbe.Received> replies = fuzz.messages();
            Map<String, Long> perRequest = replies.stream().collect(Collectors.groupingBy(
                    r -> new String(r.correlation(), StandardCharsets.UTF_8), Collectors.counting()));
            assertThat(perRequest.size()).as("requests with a reply").isEqualTo(COMMANDS);
            assertThat(perRequest.values().stream().filter(n -> n != 1).count()).as("requests with several").isZero();
            Map<String, Integer> codes = new TreeMap<>();
            for (MqttProbe.Received r : replies) {
                JsonNode n = Json.MAPPER.readTree(r.payload());
                assertThat(n.get("ok").asBoolean()).as(r.text()).isFalse();
                assertThat(n.get("error").get("message").asText()).isNotBlank();
                codes.merge(n.get("error").get("code").asText(), 1, Integer::sum);
            }
            System.out.printf("fuzz: %d commands in %d ms; kinds %s; error codes %s%n", COMMANDS,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), kinds, codes);
            assertThat(codes.keySet()).contains("malformed_json", "wrong_type", "out_of_range", "unknown_field",
                    "missing_field", "too_large", "unknown_command", "not_found");

            assertThat(muted).isEmpty();
            assertThat(engine.open().get()).isEqualTo(before);
            JsonNode ok = Json.MAPPER.readTree(fuzz.request("rackd/foh/cmd/mute/cara",
                    "{\"device\":\"amp-b\",\"channel\":1}".getBytes(StandardCharsets.UTF_8), "rackd/foh/reply/ok/cara")
                    .get(10, TimeUnit.SECONDS).payload());
            assertThat(ok.get("ok").asBoolean()).as("the door is still open").isTrue();
        }
    }
}
