package dev.rackd.app.wireless;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rackd.app.command.CommandException;
import dev.rackd.app.command.ErrorCode;
import dev.rackd.app.state.StateStore;
import dev.rackd.config.ShowFile;
import dev.rackd.hal.Quality;
import dev.rackd.hal.Reading;
import dev.rackd.hal.Unit;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WirelessRuntimeTest {
    private static final Instant T = Instant.parse("2025-06-01T20:00:00Z");
    @TempDir
    Path dir;
    private final ShowFile show = WirelessFakes.show();
    private final WirelessFakes.Receiver ulxd = new WirelessFakes.Receiver("ulxd-a");
    private final WirelessFakes.Receiver em = new WirelessFakes.Receiver("em-b");
    private final WirelessFakes.RecordingAlerts alerts = new WirelessFakes.RecordingAlerts();
    private final WirelessFakes.RecordingMessaging messaging = new WirelessFakes.RecordingMessaging();
    private final WirelessFakes.RecordingCommands commands = new WirelessFakes.RecordingCommands();
    private StateStore store;
    private WirelessRuntime runtime;
    private ChannelWatch watch;

    @BeforeEach
    void start() throws Exception {
        store = new StateStore(dir, 1 << 20, Clock.systemUTC(), p -> { });
        build();
    }

    private void build() {
        PlanStore plans = new PlanStore(store);
        runtime = new WirelessRuntime(show, Map.of("ulxd-a", ulxd, "em-b", em), plans, messaging);
        BackupFinder finder = new BackupFinder(show);
        watch = new ChannelWatch(runtime, alerts, finder, Executors.newVirtualThreadPerTaskExecutor());
        new WirelessCommands(runtime, watch, finder, new ScanRunner(Optional.empty(), runtime, plans, Runnable::run))
                .register(commands);
    }

    private void read(String device, String metric, double value) {
        watch.accept(Reading.good(device, metric, value, Unit.NONE, T));
    }

    @Test
    void batteryLevelsAreLeftToTheAlertEnginesRulesSoNoProblemIsReportedTwice() {
        read("ulxd-a", "ch1_battery_bars", 1);
        read("ulxd-a", "ch1_battery_minutes", 5);
        watch.accept(new Reading("ulxd-a", "ch2_battery_bars", Double.NaN, Unit.NONE, T, Quality.FAULT));
        assertThat(alerts.active).isEmpty();
    }

    @Test
    void aChannelMovedAtTheReceiverIsReportedOnceItHoldsAndClearsWhenBackOnPlan() {
        long planned = runtime.deployed().mainsKhz().get("ulxd-a/1");
        long moved = planned + 1_000;
        watch.accept(Reading.good("ulxd-a", "ch1_frequency", planned, Unit.KILOHERTZ, T));
        watch.accept(Reading.good("ulxd-a", "ch1_frequency", moved, Unit.KILOHERTZ, T.plusSeconds(1)));
        watch.accept(Reading.good("ulxd-a", "ch1_frequency", moved, Unit.KILOHERTZ, T.plusSeconds(6)));
        assertThat(alerts.active).as("a tune still being read back").isEmpty();
        watch.accept(Reading.good("ulxd-a", "ch1_frequency", moved, Unit.KILOHERTZ, T.plusSeconds(11)));
        assertThat(alerts.active.get("wireless_off_plan|ulxd-a|ch1_frequency").message()).isEqualTo("ulxd-a/1 '"
                + show.receivers().getFirst().channels().getFirst().name() + "' is on " + moved
                + " kHz, the deployed plan has " + planned + " kHz (changed at the receiver?); intermod and backups"
                + " are judged on the plan: rf_retune with frequency_khz " + planned + " puts it back");
        watch.accept(Reading.good("ulxd-a", "ch1_frequency", planned, Unit.KILOHERTZ, T.plusSeconds(12)));
        assertThat(alerts.active).isEmpty();
    }

    @Test
    void aReceiverThatReportsItsFrequencyOnceIsJudgedWhileItsOtherMetersCome() {
        // the EW reads its frequency at connect only: after a restart it says once where it is, then its meters talk
        long planned = runtime.deployed().mainsKhz().get("em-b/1");
        watch.accept(Reading.good("em-b", "ch1_frequency", planned + 2_000, Unit.KILOHERTZ, T));
        watch.accept(Reading.good("em-b", "ch1_rf", -60, Unit.DBM, T.plusSeconds(5)));
        assertThat(alerts.active).isEmpty();
        watch.accept(Reading.good("em-b", "ch1_rf", -60, Unit.DBM, T.plusSeconds(11)));
        assertThat(alerts.active).containsOnlyKeys("wireless_off_plan|em-b|ch1_frequency");
    }

    @Test
    void theRetunedEventSaysWhereTheReceiverWasNotWhereThePlanHadIt() throws Exception {
        long planned = runtime.deployed().mainsKhz().get("ulxd-a/2");
        long moved = planned + 1_600; // someone turned the receiver's knob
        read("ulxd-a", "ch2_frequency", moved);
        assertThatThrownBy(() -> commands.run("rf_retune", "{\"receiver\": \"ulxd-a\", \"channel\": 2,"
                + " \"frequency_khz\": " + planned + "}"))
                .hasMessageContaining("rf_retune moves ulxd-a/2 from " + moved + " to " + planned + " kHz");
        commands.run("rf_retune", "{\"receiver\": \"ulxd-a\", \"channel\": 2, \"frequency_khz\": " + planned
                + ", \"confirm\": true}");
        JsonNode back = retuned("ulxd-a/2");
        assertThat(back.get("from_khz").asLong()).isEqualTo(moved);
        assertThat(back.get("to_khz").asLong()).isEqualTo(planned);

        // a receiver that never reported: the plan's frequency is the best there is
        messaging.published.clear();
        commands.run("rf_retune", "{\"receiver\": \"em-b\", \"channel\": 1, \"frequency_khz\": 530000,"
                + " \"confirm\": true}");
        assertThat(retuned("em-b/1").get("from_khz").asLong()).isEqualTo(524_000);
        // and once re-tuned, the read-back is where it is until the receiver says otherwise
        messaging.published.clear();
        commands.run("rf_retune", "{\"receiver\": \"em-b\", \"channel\": 1, \"frequency_khz\": 531000,"
                + " \"confirm\": true}");
        assertThat(retuned("em-b/1").get("from_khz").asLong()).isEqualTo(530_000);
    }

    private JsonNode retuned(String channel) throws Exception {
        for (String p : messaging.published) {
            if (p.startsWith("rackd/rack-a/events/wireless ")) {
                JsonNode e = WirelessFakes.JSON.readTree(p.substring(p.indexOf(' ') + 1));
                if (e.get("event").asText().equals("retuned") && e.get("channel").asText().equals(channel)) {
                    return e;
                }
            }
        }
        throw new AssertionError("no retuned event for " + channel + " in " + messaging.published);
    }

    @Test
    void anRfDropOutCountsOnlyWhileTheTransmitterIsOn() {
        read("ulxd-a", "ch2_rf", -97);
        assertThat(alerts.active).isEmpty();
        read("ulxd-a", "ch2_battery_bars", 4);
        read("ulxd-a", "ch2_rf", -97);
        assertThat(alerts.active).containsKey("wireless_rf_dropout|ulxd-a|ch2_rf");
        read("ulxd-a", "ch2_rf", -60);
        assertThat(alerts.active).isEmpty();
    }

    @Test
    void interferenceWithoutAutoRetuneProposesABackupAndWaitsForTheCrew() throws Exception {
        commands.run("rf_coordinate", "{}");
        commands.run("rf_deploy", "{\"confirm\": true}");
        read("ulxd-a", "ch2_interference", 1);
        String msg = alerts.active.get("wireless_interference|ulxd-a|ch2_interference").message();
        long backup = watch.proposal("ulxd-a/2").orElseThrow();
        assertThat(msg).contains("clean backup " + backup + " kHz").contains("send rf_retune for ulxd-a/2");
        long before = runtime.deployed().mainsKhz().get("ulxd-a/2");
        read("ulxd-a", "ch2_mute", 1);
        assertThat(runtime.deployed().mainsKhz().get("ulxd-a/2")).isEqualTo(before);

        Object done = commands.run("rf_retune", "{\"receiver\": \"ulxd-a\", \"channel\": 2, \"confirm\": true}");
        assertThat(done).isEqualTo(Map.of("channel", "ulxd-a/2", "frequency_khz", backup));
        assertThat(ulxd.tuned.get(2)).isEqualTo(backup);
        assertThat(messaging.published).anyMatch(p -> p.startsWith("rackd/rack-a/events/wireless")
                && p.contains("\"retuned\"") && p.contains("\"to_khz\":" + backup)
                && p.matches("(?s).*\"ts\":\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z\".*"));
    }

    @Test
    void interferenceOnAnAutoRetuneChannelMovesItOnlyOnceItIsMuted() throws Exception {
        commands.run("rf_coordinate", "{}");
        commands.run("rf_deploy", "{\"confirm\": true}");
        long before = runtime.deployed().mainsKhz().get("ulxd-a/1");
        read("ulxd-a", "ch1_audio", -20);
        read("ulxd-a", "ch1_interference", 1);
        long backup = watch.proposal("ulxd-a/1").orElseThrow();
        Thread.sleep(200);
        assertThat(runtime.deployed().mainsKhz().get("ulxd-a/1")).isEqualTo(before);
        read("ulxd-a", "ch1_mute", 1);
        await().atMost(15, TimeUnit.SECONDS).until(() -> runtime.deployed().mainsKhz().get("ulxd-a/1") == backup);
        assertThat(ulxd.tuned.get(1)).isEqualTo(backup);
        build();
        assertThat(runtime.deployed().mainsKhz().get("ulxd-a/1")).as("kept across a restart").isEqualTo(backup);
    }

    @Test
    void deployNeedsConfirmationAndReportsWhatCouldNotBeSet() throws Exception {
        assertThatThrownBy(() -> commands.run("rf_deploy", "{\"confirm\": true}"))
                .hasMessageContaining("run rf_coordinate first");
        FrequencyPlan plan = (FrequencyPlan) commands.run("rf_coordinate", "{\"profile\": \"robust\"}");
        assertThat(plan.mainsKhz()).hasSize(3);
        assertThat(plan.backups()).isNotEmpty();
        assertThatThrownBy(() -> commands.run("rf_deploy", "{}")).isInstanceOfSatisfying(CommandException.class,
                e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.REFUSED);
                    assertThat(e.getMessage()).contains("\"confirm\": true");
                });
        assertThat(ulxd.tuned).isEmpty();
        em.online = false;
        // a plan half on air is a failure the crew must see, with what did get set
        assertThatThrownBy(() -> commands.run("rf_deploy", "{\"confirm\": true}"))
                .isInstanceOfSatisfying(CommandException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.DEVICE_OFFLINE);
                    assertThat(e.getMessage()).startsWith("1 of 3 channels were not set").contains("em-b/1",
                            "em-b is offline", "run rf_deploy again");
                    JsonNode detail = e.detail().orElseThrow();
                    assertThat(detail.get("deployed").toString()).contains("ulxd-a/1", "ulxd-a/2");
                    assertThat(detail.get("failed").toString()).contains("em-b/1", "em-b is offline");
                });
        assertThat(ulxd.tuned).containsEntry(1, plan.mainsKhz().get("ulxd-a/1"));
        assertThat(runtime.deployed().mainsKhz().get("em-b/1")).as("unchanged where not verified").isEqualTo(524_000);
    }

    @Test
    void aFrequencyTypedByHandOntoAnotherMicIsRefusedAndNothingMoves() {
        // the guitar's em-b/1 is on air at 524000 kHz
        assertThatThrownBy(() -> commands.run("rf_retune",
                "{\"receiver\": \"ulxd-a\", \"channel\": 1, \"frequency_khz\": 524000, \"confirm\": true}"))
                .hasMessageContaining("ulxd-a/1 stays where it is: at 524000 kHz").hasMessageContaining("em-b/1")
                .hasMessageContaining("leave frequency_khz out for a clean backup");
        assertThat(ulxd.tuned).doesNotContainKey(1);
    }

    @Test
    void badRetuneRequestsAreRefusedInPlainWords() {
        assertThatThrownBy(() -> commands.run("rf_retune", "{\"receiver\": \"nope\", \"channel\": 1, \"confirm\": true}"))
                .hasMessageContaining("no receiver 'nope'");
        assertThatThrownBy(() -> commands.run("rf_retune", "{\"receiver\": \"ulxd-a\", \"channel\": 3}"))
                .hasMessageContaining("no channel 3");
        assertThatThrownBy(() -> commands.run("rf_retune",
                "{\"receiver\": \"ulxd-a\", \"channel\": 1, \"frequency_khz\": 700000, \"confirm\": true}"))
                .hasMessageContaining("470000 to 534000");
        assertThatThrownBy(() -> commands.run("rf_coordinate", "{\"keep\": [\"ulxd-a/9\"]}"))
                .hasMessageContaining("no receiver channel");
        assertThatThrownBy(() -> commands.run("scan", "{}")).hasMessageContaining("no spectrum scanner");
    }
}
