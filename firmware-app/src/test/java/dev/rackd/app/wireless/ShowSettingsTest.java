package dev.rackd.app.wireless;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rackd.app.command.CommandException;
import dev.rackd.app.command.ErrorCode;
import dev.rackd.app.state.StateStore;
import dev.rackd.app.wireless.coord.Carrier;
import dev.rackd.app.wireless.coord.IntermodAnalyzer;
import dev.rackd.app.wireless.coord.Separation;
import dev.rackd.config.TvChannels;
import dev.rackd.config.CoordinationSettings;
import dev.rackd.config.CoordinationSettings.Profile;
import dev.rackd.config.CoordinationSettings.TvPlan;
import dev.rackd.config.KhzRange;
import dev.rackd.config.ShowFile;
import dev.rackd.config.WirelessReceiver.ChannelUse;
import dev.rackd.config.WirelessReceiver.WirelessChannel;
import dev.rackd.hal.Reading;
import dev.rackd.hal.Unit;
import dev.rackd.hal.wireless.scan.ScanPoint;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The show file's coordination settings, as the crew set them, decide what rackd coordinates and proposes. */
class ShowSettingsTest {
    private static final CoordinationSettings US = new CoordinationSettings(TvPlan.US, List.of(), List.of(),
            Profile.STANDARD, -85, 4);
    @TempDir
    Path dir;
    private final WirelessFakes.RecordingAlerts alerts = new WirelessFakes.RecordingAlerts();
    private final WirelessFakes.RecordingCommands commands = new WirelessFakes.RecordingCommands();
    private WirelessRuntime runtime;
    private ChannelWatch watch;

    private void start(ShowFile show) throws Exception {
        PlanStore plans = new PlanStore(new StateStore(dir, 1 << 20, Clock.systemUTC(), p -> { }));
        runtime = new WirelessRuntime(show, Map.of("ulxd-a", new WirelessFakes.Receiver("ulxd-a"),
                "em-b", new WirelessFakes.Receiver("em-b")), plans, new WirelessFakes.RecordingMessaging());
        BackupFinder finder = new BackupFinder(show);
        watch = new ChannelWatch(runtime, alerts, finder, Runnable::run);
        new WirelessCommands(runtime, watch, finder, new ScanRunner(Optional.empty(), runtime, plans, Runnable::run))
                .register(commands);
    }

    private static List<WirelessChannel> channels(boolean firstLocked) {
        return List.of(new WirelessChannel(1, "Lead", ChannelUse.MIC, 518_200, false, firstLocked),
                new WirelessChannel(2, "BV", ChannelUse.MIC, 519_400, false),
                new WirelessChannel(3, "Keys", ChannelUse.MIC, 0, false));
    }

    @Test
    void aLockedChannelKeepsItsFrequencyAndTheOthersAreFittedAroundIt() throws Exception {
        start(WirelessFakes.show(channels(true), US));
        FrequencyPlan plan = (FrequencyPlan) commands.run("rf_coordinate", "{}");
        assertThat(plan.mainsKhz()).containsEntry("ulxd-a/1", 518_200L).hasSize(4);
        assertThat(plan.mainsKhz().get("ulxd-a/2")).as("not locked: coordinated like any other")
                .isNotEqualTo(519_400L);
        assertThat(clean(plan.mainsKhz())).isTrue();

        start(WirelessFakes.show(channels(false), US));
        FrequencyPlan free = (FrequencyPlan) commands.run("rf_coordinate", "{}");
        assertThat(free.mainsKhz().get("ulxd-a/1")).as("the same channel unlocked moves").isNotEqualTo(518_200L);
    }

    @Test
    void aFrequencyTypedByHandWhereTheShowFileForbidsIsRefusedAndNothingMoves() throws Exception {
        // US 20 and 21 are 506-518 MHz and the only clear ones; the first 2 MHz are the house IEMs
        start(WirelessFakes.show(channels(false), new CoordinationSettings(TvPlan.US, List.of(), List.of(
                new KhzRange(506_000, 508_000)), Profile.STANDARD, -85, 2, List.of(20, 21))));
        long before = runtime.deployed().mainsKhz().get("ulxd-a/2");
        assertThatThrownBy(() -> commands.run("rf_retune",
                "{\"receiver\": \"ulxd-a\", \"channel\": 2, \"frequency_khz\": 507000, \"confirm\": true}"))
                .hasMessageContaining("ulxd-a/2 stays where it is: at 507000 kHz, inside the show file's excluded"
                        + " range 506000-508000 kHz");
        assertThatThrownBy(() -> commands.run("rf_retune",
                "{\"receiver\": \"ulxd-a\", \"channel\": 2, \"frequency_khz\": 500000, \"confirm\": true}"))
                .hasMessageContaining("at 500000 kHz, in TV channel 19, which the show file keeps clear of microphones");
        assertThat(runtime.deployed().mainsKhz().get("ulxd-a/2")).isEqualTo(before);
    }

    @Test
    void onTheUsPlanChannel37AndThe600MhzMobileBandAreNeverProposedNorTakenByHand() throws Exception {
        // a ULX-D that tunes up to 698 MHz; a backup kept from a plan saved before the bands closed sits at 640 MHz
        new PlanStore(new StateStore(dir, 1 << 20, Clock.systemUTC(), p -> { })).save(PlanStore.DEPLOYED,
                new FrequencyPlan(Map.of("ulxd-a/1", 518_200L, "ulxd-a/2", 519_400L, "em-b/1", 524_000L),
                        List.of(new FrequencyPlan.PlanBackup("ulxd-a/2", 640_000)), "standard", List.of()));
        start(WirelessFakes.show(channels(false), 698_000, US));
        assertThatThrownBy(() -> commands.run("rf_retune",
                "{\"receiver\": \"ulxd-a\", \"channel\": 2, \"frequency_khz\": 610000, \"confirm\": true}"))
                .hasMessageContaining("ulxd-a/2 stays where it is: at 610000 kHz, inside 608000-613999 kHz (608-614"
                        + " MHz is TV channel 37, kept for radio astronomy in the US plan)");
        assertThatThrownBy(() -> commands.run("rf_retune",
                "{\"receiver\": \"ulxd-a\", \"channel\": 2, \"frequency_khz\": 680000, \"confirm\": true}"))
                .hasMessageContaining("663-698 MHz is the 600 MHz mobile uplink");
        assertThat(runtime.deployed().mainsKhz().get("ulxd-a/2")).isEqualTo(519_400L);

        interfere("ulxd-a", 2);
        long backup = watch.proposal("ulxd-a/2").orElseThrow();
        assertThat(backup).as("not the kept backup in the mobile downlink").isNotEqualTo(640_000L);
        assertThat(TvChannels.closedAt(TvPlan.US, backup)).isEmpty();

        // the guard band and the duplex gap stay open
        commands.run("rf_retune",
                "{\"receiver\": \"ulxd-a\", \"channel\": 2, \"frequency_khz\": 655000, \"confirm\": true}");
        assertThat(runtime.deployed().mainsKhz().get("ulxd-a/2")).isEqualTo(655_000L);
    }

    @Test
    void withoutACoordinationSectionTheShowFilesDefaultEuPlanApplies() throws Exception {
        // as rackd validate and rf coordinate have it: the EU plan closes nothing above 608 MHz by itself
        start(WirelessFakes.show(channels(false), 698_000, null));
        commands.run("rf_retune",
                "{\"receiver\": \"ulxd-a\", \"channel\": 2, \"frequency_khz\": 640000, \"confirm\": true}");
        assertThat(runtime.deployed().mainsKhz().get("ulxd-a/2")).isEqualTo(640_000L);
    }

    @Test
    void includedTvChannelsAndExclusionsBoundEveryFrequencyAndBackup() throws Exception {
        // US 20 and 21 are 506-518 MHz; the first 2 MHz are the house IEMs
        start(WirelessFakes.show(channels(false), new CoordinationSettings(TvPlan.US, List.of(), List.of(
                new KhzRange(506_000, 508_000)), Profile.STANDARD, -85, 2, List.of(20, 21))));
        FrequencyPlan plan = (FrequencyPlan) commands.run("rf_coordinate", "{}");
        List<Long> all = new ArrayList<>(plan.mainsKhz().values());
        plan.backups().forEach(b -> all.add(b.frequencyKhz()));
        assertThat(plan.mainsKhz()).hasSize(4);
        assertThat(plan.backups()).hasSize(2);
        assertThat(all).allSatisfy(f -> assertThat(f).isBetween(508_001L, 517_999L));
    }

    @Test
    void includedTvChannelsThatHoldNoWirelessFrequencyAreRefusedInPlainWords() throws Exception {
        start(WirelessFakes.show(channels(false), new CoordinationSettings(TvPlan.US, List.of(), List.of(),
                Profile.STANDARD, -85, 2, List.of(7, 9))));
        assertThatThrownBy(() -> commands.run("rf_coordinate", "{}")).isInstanceOfSatisfying(CommandException.class,
                e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.REFUSED);
                    assertThat(e.getMessage()).contains("included_tv [7, 9] names no UHF TV channel");
                });
    }

    @Test
    void interferenceBeforeAnyCoordinationStillGetsACleanBackupInAnotherTvChannel() throws Exception {
        start(WirelessFakes.show());
        interfere("ulxd-a", 2);
        long backup = watch.proposal("ulxd-a/2").orElseThrow();
        assertThat(TvChannels.channelOf(TvPlan.US, backup)).isNotEqualTo(TvChannels.channelOf(TvPlan.US, 519_400))
                .isNotEqualTo(37);
        assertThat((backup - 470_000) % 25).isZero();
        Map<String, Long> after = new java.util.TreeMap<>(runtime.deployed().mainsKhz());
        after.put("ulxd-a/2", backup);
        assertThat(clean(after)).isTrue();
        assertThat(alerts.active.get("wireless_interference|ulxd-a|ch2_interference").message())
                .contains("clean backup " + backup + " kHz");
    }

    @Test
    void aFreshBackupAvoidsWhatTheLatestScanSawOnAir() throws Exception {
        start(WirelessFakes.show());
        interfere("ulxd-a", 2);
        long first = watch.proposal("ulxd-a/2").orElseThrow();
        start(WirelessFakes.show());
        List<ScanPoint> scan = new ArrayList<>();
        for (long f = 470_000; f <= 534_000; f += 50) {
            scan.add(new ScanPoint(f, Math.abs(f - first) <= 1_000 ? -60 : -100));
        }
        runtime.scanned(scan);
        interfere("ulxd-a", 2);
        long second = watch.proposal("ulxd-a/2").orElseThrow();
        assertThat(Math.abs(second - first)).isGreaterThan(1_100);
    }

    private void interfere(String rx, int ch) {
        watch.accept(Reading.good(rx, "ch" + ch + "_interference", 1, Unit.NONE, Instant.EPOCH));
    }

    /** Every frequency checked against every other: no spacing or intermodulation conflict. */
    private boolean clean(Map<String, Long> mains) {
        ShowFile show = runtime.show();
        List<Carrier> set = new ArrayList<>();
        mains.forEach((k, f) -> set.add(new Carrier(k, f, ShowSystems.carrierClass(
                ShowSystems.receiver(show, k.substring(0, k.indexOf('/'))).orElseThrow(),
                ShowSystems.channel(show, k).orElseThrow(), Profile.STANDARD))));
        return new IntermodAnalyzer(Separation.DEFAULT).analyze(set).conflicts().isEmpty();
    }
}
