package dev.rackd.rig.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rackd.config.CommandNames;
import dev.rackd.config.DeviceMetrics;
import dev.rackd.config.MetricNames;
import dev.rackd.config.ShowFile;
import dev.rackd.config.ShowFileLoader;
import dev.rackd.hal.amps.aes70.Aes70Role;
import dev.rackd.rig.mqtt.Mosquitto;
import dev.rackd.rig.mqtt.MqttWatch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example touring rack, simulated, against a real Mosquitto, seen the way the crew sees it: through
 * MQTT. One rackd process runs through the first tests (telemetry, injections, a broker crash), then is
 * stopped; a second one is killed to see the Last Will.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RackdEndToEndTest {
    private static final Path EXAMPLE = Path.of("../rack-config/examples/touring-rack.yaml");
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final java.util.Set<String> FAULTY = java.util.Set.of("distro-l2", "ulxd-2");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RACK = "rackd/foh-a/";

    /** Every unit symbol telemetry may carry (hal's Unit). */
    private static final List<String> SYMBOLS = java.util.Arrays.stream(dev.rackd.hal.Unit.values())
            .map(dev.rackd.hal.Unit::symbol).toList();
    /** Metric name to the unit its telemetry must carry (docs/mqtt.md); names not listed: any symbol. */
    private static final Map<Pattern, String> UNITS = Map.ofEntries(
            Map.entry(Pattern.compile("l[123]_voltage|voltage"), "V"),
            Map.entry(Pattern.compile("l[123]_current|current|neutral_current"), "A"),
            Map.entry(Pattern.compile("l[123]_power|power"), "W"),
            Map.entry(Pattern.compile("l[123]_energy|energy"), "Wh"),
            Map.entry(Pattern.compile("l[123]_power_factor|ch\\d+_battery_bars"), ""),
            Map.entry(Pattern.compile("frequency"), "Hz"),
            Map.entry(Pattern.compile("temperature|ch\\d+_temperature"), "°C"),
            Map.entry(Pattern.compile("ch\\d+_gain"), "dB"),
            Map.entry(Pattern.compile("ch\\d+_impedance|ch\\d+_load"), "Ω"),
            Map.entry(Pattern.compile("ch\\d+_audio"), "dBFS"),
            Map.entry(Pattern.compile("ch\\d+_frequency|peak_frequency"), "kHz"),
            Map.entry(Pattern.compile("ch\\d+_rf|noise_floor|peak_level"), "dBm"),
            Map.entry(Pattern.compile("ch\\d+_battery_minutes"), "min"));

    @TempDir
    static Path tmp;
    private ShowFile show;
    private Mosquitto broker;
    private RackdProcess rackd;
    private MqttWatch watch;

    @BeforeAll
    void startRack() throws Exception {
        show = ShowFileLoader.load(EXAMPLE);
        broker = Mosquitto.start(tmp);
        Path scenario = Files.writeString(tmp.resolve("faults.txt"), """
                # what the crew should see some seconds into the show (late enough for every device to have
                # reported first, on a slow machine too)
                12 ulxd-1    ch1_rf          -88    # the transmitter walks behind the steel
                12 distro-l2 state offline          # the meter stops answering on its RS-485 bus
                12 ulxd-2    state garbage          # receiver talks nonsense
                """);
        watch = new MqttWatch(broker.uri(), "rackd/#");
        rackd = RackdProcess.start(tmp.resolve("rackd.log"), "run", "--config", EXAMPLE.toString(), "--simulate",
                "--broker", broker.uri(), "--scenario", scenario.toString(), "--http-port", "0");
        awaitListening();
    }

    /**
     * rackd takes injections and commands once it has subscribed, and announces the power sequence's state just
     * after: a test run on its own (surefire's rerun) must not send before that.
     */
    private void awaitListening() throws InterruptedException {
        watch.await(RACK + "power/sequence", p -> true, WAIT);
    }

    @AfterAll
    void stopAll() throws Exception {
        watch.close();
        rackd.close();
        broker.close();
    }

    @Test
    @Order(0)
    void theRackIsOnlineAndEveryDeviceReportsItsMetricsWithUnits() throws Exception {
        watch.await(RACK + "status", "online"::equals, WAIT);
        for (String device : show.deviceIds()) {
            // the scenario's faulty devices may already be down by the time a slow machine gets to them
            watch.await(RACK + "devices/" + device + "/online", FAULTY.contains(device) ? p -> true : "true"::equals,
                    WAIT);
            for (String metric : coreMetrics(device)) {
                watch.await(RACK + "devices/" + device + "/" + metric, p -> true, WAIT);
            }
        }
        Thread.sleep(2_000); // a couple of polls more, so every metric of every device has been seen
        var metrics = watch.all().entrySet().stream()
                .filter(e -> e.getKey().contains("/devices/") && !e.getKey().endsWith("/online")).toList();
        assertThat(metrics).hasSizeGreaterThan(100);
        for (var e : metrics) {
            String topic = e.getKey();
            JsonNode n = node(e.getValue().payload());
            assertThat(e.getValue().retained()).as(topic).isTrue();
            assertThat(n.get("value").isNumber() || n.get("value").isNull()).as(topic).isTrue();
            assertThat(n.get("unit").asText()).as(topic).isIn(SYMBOLS);
            unitOf(topic.substring(topic.lastIndexOf('/') + 1))
                    .ifPresent(unit -> assertThat(n.get("unit").asText()).as(topic).isEqualTo(unit));
            assertThat(Instant.parse(n.get("ts").asText())).as(topic).isAfter(Instant.now().minusSeconds(60));
            assertThat(n.get("quality").asText()).as(topic).isIn("good", "stale", "fault");
        }
        assertThat(watch.all().keySet()).as("device topics stay in the documented tree")
                .filteredOn(t -> t.contains("/devices/"))
                .allMatch(t -> t.matches(Pattern.quote(RACK) + "devices/[a-z0-9-]+/[a-z0-9_]+"));
        // the show file refuses an alert rule on a metric outside its vocabulary: all that the rack publishes is in it
        List<String> roles = show.amplifiers().stream().flatMap(a -> Aes70Role.all(a.id(), a.channels(),
                a.ocaObjects()).stream()).map(Aes70Role::metric).toList();
        assertThat(metrics).extracting(e -> e.getKey().substring(e.getKey().lastIndexOf('/') + 1))
                .as("metrics an alert rule may name").isSubsetOf(MetricNames.all(roles));
        // and a rule is held to what its own device publishes: each device's metrics are its kind's
        Map<String, DeviceMetrics> kinds = DeviceMetrics.of(show).stream()
                .collect(Collectors.toMap(DeviceMetrics::id, Function.identity()));
        for (var e : metrics) {
            String[] topic = e.getKey().substring(e.getKey().indexOf("/devices/") + "/devices/".length()).split("/");
            assertThat(kinds).as("devices of the show file").containsKey(topic[0]);
            assertThat(kinds.get(topic[0]).names()).as("metrics %s publishes", topic[0]).contains(topic[1]);
        }
        assertThat(rackd.output()).doesNotContain("Exception");
    }

    @Test
    @Order(1)
    void theAudioThreadAloneTakesRealTimePriorityWhereAllowedAndSaysWhether() throws Exception {
        watch.await(RACK + "devices/audio/online", "true"::equals, WAIT);
        Path audio = await().atMost(WAIT).until(() -> threadNamed(rackd.pid(), "audio"), t -> t != null);
        long realTime;
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(rackd.pid()), "task"))) {
            realTime = tasks.filter(t -> schedStat(t)[1] != 0).count();
        }
        // root, or the unit's LimitRTPRIO=60, allows it; a container without CAP_SYS_NICE does not. Either way the
        // log says which, and it must be the truth
        String log = await().atMost(WAIT).until(rackd::output, o -> o.contains("audio thread"));
        if (log.contains("audio thread: SCHED_FIFO 60")) {
            assertThat(schedStat(audio)).as("rt_priority and policy (1: SCHED_FIFO)").containsExactly(60, 1);
            assertThat(realTime).as("threads at a real-time policy").isEqualTo(1);
            assertThat(log).containsPattern("audio thread: SCHED_FIFO 60, pinned to CPU \\d+");
        } else {
            assertThat(log).contains("audio thread without SCHED_FIFO");
            assertThat(realTime).as("threads at a real-time policy").isZero();
        }
    }

    /** The task directory of the process's thread with that name, or null. */
    private static Path threadNamed(long pid, String name) throws IOException {
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            return tasks.filter(t -> {
                try {
                    return Files.readString(t.resolve("comm")).strip().equals(name);
                } catch (IOException e) {
                    return false; // the thread has ended
                }
            }).findFirst().orElse(null);
        }
    }

    /** rt_priority and policy of a thread, fields 40 and 41 of its stat (after the name in parentheses). */
    private static int[] schedStat(Path task) {
        try {
            String stat = Files.readString(task.resolve("stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new int[] {Integer.parseInt(f[40 - 3]), Integer.parseInt(f[41 - 3])};
        } catch (IOException e) {
            return new int[] {0, 0}; // the thread has ended
        }
    }

    @Test
    @Order(2)
    void scenarioInjectionsShowUpInTelemetry() throws Exception {
        watch.await(RACK + "devices/ulxd-1/ch1_rf", p -> value(p) == -88, WAIT);
        watch.await(RACK + "devices/distro-l2/online", "false"::equals, WAIT);
        watch.await(RACK + "devices/distro-l2/l2_voltage", p -> !quality(p).equals("good"), WAIT);
        // a value model says "fault"; the real driver hears no valid frame and lets the values go stale
        watch.await(RACK + "devices/ulxd-2/ch1_rf", p -> !quality(p).equals("good"), WAIT);
        // nothing but garbage for offline_after_polls polls: the crew sees the receiver as offline
        watch.await(RACK + "devices/ulxd-2/online", "false"::equals, WAIT);
    }

    @Test
    @Order(3)
    void injectionsOverMqttActAndRelease() throws Exception {
        String bars = RACK + "devices/ulxd-1/ch2_battery_bars";
        watch.publish(RACK + "sim/ulxd-1/ch2_battery_bars", "1");
        watch.await(bars, p -> value(p) == 1, WAIT);
        watch.publish(RACK + "sim/ulxd-1/ch2_battery_bars", "release");
        watch.await(bars, p -> value(p) >= 2, WAIT);
        watch.publish(RACK + "sim/ulxd-1/state", "sideways"); // refused: nothing changes, rackd keeps running
        watch.publish(RACK + "sim/distro-l2/state", "online");
        watch.await(RACK + "devices/distro-l2/online", "true"::equals, WAIT);
        watch.publish(RACK + "sim/ulxd-1/ch1_rf", "release");
        watch.await(RACK + "devices/ulxd-1/ch1_rf", p -> value(p) > -80, WAIT);
        watch.publish(RACK + "sim/ulxd-2/state", "online"); // talks sense again
        watch.await(RACK + "devices/ulxd-2/online", "true"::equals, WAIT);
        assertThat(rackd.isAlive()).isTrue();
    }

    @Test
    @Order(4)
    void theCrewsCommandsAreCarriedOutThroughOneDoorAndAnswered() throws Exception {
        JsonNode sequence = command("sequence", "foh-engineer", "{\"action\": \"on\", \"request_id\": \"s1\"}");
        assertThat(sequence.get("ok").asBoolean()).as(sequence.toString()).isTrue();
        assertThat(sequence.get("request_id").asText()).isEqualTo("s1");
        JsonNode mute = command("mute", "stage-tech", "{\"device\": \"amp-a\", \"channel\": 2}");
        assertThat(mute.get("result").get("muted").asBoolean()).as(mute.toString()).isTrue();
        watch.await(RACK + "devices/amp-a/ch2_mute", p -> value(p) == 1, WAIT);
        JsonNode gain = command("gain", "stage-tech", "{\"device\": \"amp-b\", \"channel\": 1, \"gain_db\": -7.5}");
        assertThat(gain.get("ok").asBoolean()).as(gain.toString()).isTrue();
        watch.await(RACK + "devices/amp-b/ch1_gain", p -> value(p) == -7.5, WAIT);
        JsonNode mode = command("feedback_mode", "monitor-engineer", "{\"mode\": \"live\"}");
        assertThat(mode.get("result").get("mode").asText()).as(mode.toString()).isEqualTo("live");
        JsonNode rf = command("rf_status", "guest-tablet", "{}");
        assertThat(rf.get("ok").asBoolean()).as(rf.toString()).isTrue();
        JsonNode ack = command("ack", "stage-tech", "{\"all\": true}");
        assertThat(ack.get("ok").asBoolean()).as(ack.toString()).isTrue();
        JsonNode refused = command("mute", "guest-tablet", "{\"device\": \"amp-a\", \"channel\": 1}");
        assertThat(refused.get("error").get("code").asText()).isEqualTo("not_authorised");
        JsonNode unknown = command("unmute", "stage-tech", "{\"device\": \"amp-z\", \"channel\": 1}");
        assertThat(unknown.get("ok").asBoolean()).as(unknown.toString()).isFalse();
        // the show file may grant exactly the commands the door answers, no more and no fewer
        String known = command("status", "stage-tech", "{}").get("error").get("message").asText();
        assertThat(known.substring(known.indexOf("known: ") + 7).split(", ")).containsExactlyElementsOf(CommandNames.ALL);

        // the relays of the sequence switch through the rack's (simulated) GPIO, one step after the other
        watch.await(RACK + "power/sequence", p -> node(p).get("state").asText().equals("done"), Duration.ofSeconds(30));
        assertThat(rackd.isAlive()).isTrue();
    }

    /** Sends a command in a crew member's name, the MQTT 3.1.1 way, and waits for its one reply. */
    private JsonNode command(String name, String user, String json) throws Exception {
        watch.publish(RACK + "cmd/" + name + "/" + user, json);
        return node(watch.await(RACK + "reply/" + name + "/" + user, p -> true, WAIT).payload());
    }

    @Test
    @Order(5)
    void afterABrokerCrashEveryRetainedTopicIsPublishedAgain() throws Exception {
        long pid = rackd.pid();
        watch.close();
        broker.kill();
        broker.start(); // no persistence: every retained message is gone
        watch = new MqttWatch(broker.uri(), "rackd/#");

        watch.await(RACK + "status", "online"::equals, WAIT);
        watch.await(RACK + "devices/audio/online", "true"::equals, WAIT); // the audio path is a device too
        for (String device : show.deviceIds()) {
            watch.await(RACK + "devices/" + device + "/online", p -> true, WAIT);
            for (String first : coreMetrics(device).stream().limit(1).toList()) {
                assertThat(watch.await(RACK + "devices/" + device + "/" + first, p -> true, WAIT).retained()).isTrue();
            }
        }
        assertThat(rackd.isAlive()).isTrue();
        assertThat(rackd.pid()).isEqualTo(pid);
    }

    @Test
    @Order(6)
    void sigtermPublishesOfflineAndExitsZero() throws Exception {
        java.util.Set<String> offlineBefore = activeOfflineAlerts();
        assertThat(rackd.stop()).as(rackd.output()).isZero();
        watch.await(RACK + "status", "offline"::equals, WAIT); // the last thing rackd says
        try (MqttWatch late = new MqttWatch(broker.uri(), RACK + "status")) {
            assertThat(late.await(RACK + "status", "offline"::equals, WAIT).retained()).isTrue();
        }
        // the drivers rackd closes on its way out (and the ports closed under them) are not devices that
        // went offline: no alert for the crew
        assertThat(activeOfflineAlerts()).isSubsetOf(offlineBefore);
    }

    private java.util.Set<String> activeOfflineAlerts() {
        return watch.all().entrySet().stream()
                .filter(e -> e.getKey().matches(Pattern.quote(RACK) + "alerts/.+\\.offline")
                        && e.getValue().payload().contains("\"state\":\"active\""))
                .map(Map.Entry::getKey).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    @Order(7)
    void aKilledRackdLeavesItsLastWill() throws Exception {
        if (rackd.isAlive()) { // run on its own: the first rackd, with the same client id, must go first
            rackd.stop();
        }
        rackd = RackdProcess.start(tmp.resolve("rackd-2.log"), "run", "--config", EXAMPLE.toString(), "--simulate",
                "--broker", broker.uri(), "--http-port", "0");
        watch.await(RACK + "status", "online"::equals, WAIT);
        rackd.crash();
        assertThat(watch.await(RACK + "status", "offline"::equals, WAIT).retained()).isTrue();
    }

    @Test
    @Order(8)
    void aBadScenarioLineStopsRackdBeforeItStartsWithExitTwo() throws Exception {
        Path bad = Files.writeString(tmp.resolve("bad.txt"), "1 amp-a state offline\n2 amp-a ch1_gain loud\n");
        try (RackdProcess r = RackdProcess.start(tmp.resolve("rackd-3.log"), "run", "--config", EXAMPLE.toString(),
                "--simulate", "--broker", broker.uri(), "--scenario", bad.toString())) {
            assertThat(r.exitCode(30)).isEqualTo(2);
            assertThat(r.output()).contains("bad.txt:2: a metric takes a number or 'release', not 'loud'");
        }
    }

    /**
     * The metrics docs/mqtt.md promises for each kind of device, whichever simulator (value model or a
     * simulator over the real transport with the real driver) backs it.
     */
    private List<String> coreMetrics(String device) {
        var names = new java.util.ArrayList<String>();
        show.powerMeters().stream().filter(m -> m.id().equals(device)).forEach(m -> m.phases().forEach(p ->
                names.add(p.name().toLowerCase(java.util.Locale.ROOT) + "_voltage")));
        show.dcMonitors().stream().filter(d -> d.id().equals(device)).forEach(d -> names.add("voltage"));
        show.temperatureSensors().stream().filter(t -> t.id().equals(device)).forEach(t -> names.add("temperature"));
        show.amplifiers().stream().filter(a -> a.id().equals(device)).forEach(a -> {
            for (int ch = 1; ch <= a.channels(); ch++) {
                names.add("ch" + ch + "_gain");
            }
        });
        show.receivers().stream().filter(r -> r.id().equals(device)).forEach(r -> r.channels().forEach(c ->
                names.add("ch" + c.channel() + "_rf")));
        if (show.scanner().filter(s -> s.id().equals(device)).isPresent()) {
            return names; // the RF Explorer's driver sweeps only when asked (scan): online is all it promises
        }
        assertThat(names).as("metrics of " + device).isNotEmpty();
        return names;
    }

    private static java.util.Optional<String> unitOf(String metric) {
        return UNITS.entrySet().stream().filter(e -> e.getKey().matcher(metric).matches()).map(Map.Entry::getValue)
                .findFirst();
    }

    private static JsonNode node(String payload) {
        try {
            return JSON.readTree(payload);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + payload, e);
        }
    }

    private static double value(String payload) {
        JsonNode v = node(payload).get("value");
        return v == null || v.isNull() ? Double.NaN : v.asDouble();
    }

    private static String quality(String payload) {
        return node(payload).get("quality").asText();
    }
}
