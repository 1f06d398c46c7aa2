package dev.rackd.app.alerts;

import dev.rackd.app.command.CommandDoor;
import dev.rackd.app.fixtures.FakeRackState;
import dev.rackd.app.fixtures.Mosquitto;
import dev.rackd.app.fixtures.MqttProbe;
import dev.rackd.app.fixtures.TestLinks;
import dev.rackd.app.fixtures.TestShow;
import dev.rackd.app.state.StateStore;
import dev.rackd.app.telemetry.MqttLink;
import dev.rackd.config.AlertSettings.AlertRule;
import dev.rackd.config.AlertSettings.Direction;
import dev.rackd.config.AuthSettings.Role;
import dev.rackd.config.ShowFile;
import dev.rackd.hal.Reading;
import dev.rackd.hal.Unit;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Prints alert latency (a reading past its limit, minimum duration 0, to the alert at a subscriber of a
 * real Mosquitto) and command round trip (MQTT 5 request to reply), p50/p99/max. Run with
 * {@code mvn -B -q -pl firmware-app -am -Pbench-alerts process-test-classes}; figures go to
 * docs/alerts.md.
 */
public final class AlertBench {
    private static final int WARMUP = 200;

    private AlertBench() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path tmp = Files.createTempDirectory("rackd-alert-bench");
        ShowFile show = TestShow.rack("bench").users(Map.of("bench", Role.CREW))
                .rule(new AlertRule("bench-*", "level", Direction.ABOVE, Optional.of(50.0), Optional.empty(), 0,
                        Duration.ZERO, Optional.empty(), false)).build();
        FakeRackState rack = new FakeRackState();
        try (Mosquitto broker = Mosquitto.start(tmp.resolve("broker"));
                MqttLink link = TestLinks.connected(broker.uri(), "bench");
                CommandDoor door = new CommandDoor(link, show.auth(), Duration.ofSeconds(10));
                AlertSystem alerts = AlertSystem.start(show, rack, link, new StateStore(tmp.resolve("state"), 64 << 20,
                        Clock.systemUTC(), p -> {}), door, Optional.empty(), Clock.systemUTC());
                MqttProbe crew = MqttProbe.connect(broker.uri(), "bench-crew").subscribe("rackd/bench/alerts/+")
                        .subscribe("rackd/bench/events").subscribe("rackd/bench/reply/+/bench")) {
            door.start();
            latency(rack, crew, 0, WARMUP);
            long[][] l = latency(rack, crew, WARMUP, n);
            roundTrips(crew, WARMUP);
            long[] rt = roundTrips(crew, n);
            System.out.printf("open alerts at the end: %d%n", alerts.engine().open().get().size());
            System.out.printf("machine: %d cores, load average %s; JVM %s%n", Runtime.getRuntime().availableProcessors(),
                    Files.readString(Path.of("/proc/loadavg")).split(" ")[0], Runtime.version());
            System.out.println(line("alert latency, reading -> event on rackd/<id>/events", l[0]));
            System.out.println(line("alert latency, reading -> retained rackd/<id>/alerts/<id>", l[1]));
            System.out.println(line("command round trip, MQTT 5 request -> reply (history)", rt));
        }
    }

    /** @return nanoseconds to the event and to the retained alert, per reading */
    private static long[][] latency(FakeRackState rack, MqttProbe crew, int from, int count) throws Exception {
        long[] event = new long[count];
        long[] retained = new long[count];
        for (int i = 0; i < count; i++) {
            String device = "bench-" + (from + i);
            String alertTopic = "rackd/bench/alerts/" + device + ".level.high";
            long t0 = System.nanoTime();
            rack.push(Reading.good(device, "level", 60, Unit.NONE, Instant.now()));
            MqttProbe.Received r = crew.await(m -> m.topic().equals(alertTopic), Duration.ofSeconds(10));
            MqttProbe.Received e = crew.await(m -> m.topic().equals("rackd/bench/events")
                    && new String(m.payload(), StandardCharsets.UTF_8).contains("\"device\":\"" + device + "\""),
                    Duration.ofSeconds(10));
            event[i] = e.arrivedNanos() - t0;
            retained[i] = r.arrivedNanos() - t0;
            crew.forget();
        }
        return new long[][] {event, retained};
    }

    private static long[] roundTrips(MqttProbe crew, int count) throws Exception {
        long[] rt = new long[count];
        byte[] ask = "{\"limit\":1}".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < count; i++) {
            long t0 = System.nanoTime();
            crew.request("rackd/bench/cmd/history/bench", ask, "rackd/bench/reply/rt/bench").get(10, TimeUnit.SECONDS);
            rt[i] = System.nanoTime() - t0;
        }
        crew.forget();
        return rt;
    }

    private static String line(String what, long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return String.format("%s, n=%d: p50 %.2f ms, p99 %.2f ms, max %.2f ms", what, s.length,
                s[s.length / 2] / 1e6, s[(int) Math.ceil(s.length * 0.99) - 1] / 1e6, s[s.length - 1] / 1e6);
    }
}
