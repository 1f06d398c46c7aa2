package dev.rackd.rig.wireless;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.rackd.config.ShowFile;
import dev.rackd.config.SpectrumScanner;
import dev.rackd.config.WirelessReceiver;
import dev.rackd.hal.wireless.shure.ShureFamily;
import dev.rackd.hal.wireless.shure.ShureReceiver;
import dev.rackd.hal.wireless.shure.ShureReceiverConfig;
import dev.rackd.rig.sim.FamilySimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WirelessFamilySimulatorTest {
    @TempDir
    Path work;

    @Test
    void isFoundByServiceLoader() {
        assertThat(ServiceLoader.load(FamilySimulator.class).stream().map(p -> p.type().getName()))
                .contains(WirelessFamilySimulator.class.getName());
    }

    @Test
    void startsEveryDeviceAndPointsTheShowFileAtThem() throws Exception {
        try (WirelessFamilySimulator sims = new WirelessFamilySimulator()) {
            ShowFile show = sims.start(WirelessShows.twoReceiversAndAScanner(), work);
            assertThat(sims.devices()).containsExactlyInAnyOrder("ulxd-a", "em-b", "rfe");
            WirelessReceiver ulxd = show.receivers().get(0);
            assertThat(ulxd.host()).isEqualTo("127.0.0.1");
            assertThat(ulxd.port()).isEqualTo(sims.shure("ulxd-a").port());
            assertThat(show.receivers().get(1).port()).isEqualTo(sims.sennheiser("em-b").port());
            SpectrumScanner scanner = show.scanner().orElseThrow();
            assertThat(Files.exists(Path.of(scanner.port()))).isTrue();
            assertThat(List.of(scanner.scanMinKhz(), scanner.scanMaxKhz(), (long) scanner.resolutionKhz()))
                    .as("the show's scan range and resolution survive the rewiring")
                    .containsExactly(470_000L, 560_000L, 50L);
            assertThat(sims.shure("ulxd-a").frequency(2)).isEqualTo(519_400);

            RecordingListener seen = new RecordingListener();
            try (ShureReceiver rx = new ShureReceiver(ShureReceiverConfig.of("ulxd-a", ulxd.host(), ulxd.port(),
                    ShureFamily.ULXD, List.of(1, 2), Duration.ofMillis(100)), Clock.systemUTC())) {
                rx.start(seen);
                await().atMost(15, TimeUnit.SECONDS).until(() -> seen.value("ch1_battery_bars").isPresent());
                sims.inject("ulxd-a", "ch1_battery_bars", "1");
                sims.inject("ulxd-a", "ch2_rf", "-95");
                await().atMost(15, TimeUnit.SECONDS).until(() -> seen.value("ch1_battery_bars").orElse(9.0) == 1.0
                        && seen.value("ch2_rf").orElse(0.0) == -95.0);
                sims.inject("ulxd-a", "state", "offline");
                await().atMost(15, TimeUnit.SECONDS).until(() -> !seen.online);
            }
        }
    }

    @Test
    void badInjectionsSayWhatIsPossible() throws Exception {
        try (WirelessFamilySimulator sims = new WirelessFamilySimulator()) {
            sims.start(WirelessShows.twoReceiversAndAScanner(), work);
            assertThatThrownBy(() -> sims.inject("nobody", "state", "offline")).hasMessageContaining("ulxd-a");
            assertThatThrownBy(() -> sims.inject("ulxd-a", "state", "asleep")).hasMessageContaining("offline, online");
            assertThatThrownBy(() -> sims.inject("ulxd-a", "ch1_rf", "loud")).hasMessageContaining("not a number");
            assertThatThrownBy(() -> sims.inject("em-b", "ch2_rf", "-60")).hasMessageContaining("one-channel");
            assertThatThrownBy(() -> sims.inject("rfe", "ch1_rf", "-60")).hasMessageContaining("only 'state'");
        }
    }

    @Test
    void everyMetricTakesReleaseAndGoesBackToAFreshTransmitter() throws Exception {
        try (WirelessFamilySimulator sims = new WirelessFamilySimulator()) {
            ShowFile show = sims.start(WirelessShows.twoReceiversAndAScanner(), work);
            WirelessReceiver ulxd = show.receivers().get(0);
            RecordingListener seen = new RecordingListener();
            try (ShureReceiver rx = new ShureReceiver(ShureReceiverConfig.of("ulxd-a", ulxd.host(), ulxd.port(), ShureFamily.ULXD,
                    List.of(1, 2), Duration.ofMillis(100)), Clock.systemUTC())) {
                rx.start(seen);
                await().atMost(15, TimeUnit.SECONDS).until(() -> seen.value("ch1_battery_bars").isPresent()
                        && seen.value("ch1_rf").isPresent());
                double bars = seen.value("ch1_battery_bars").orElseThrow();
                double rf = seen.value("ch1_rf").orElseThrow();
                sims.inject("ulxd-a", "ch1_battery_bars", "1");
                sims.inject("ulxd-a", "ch1_rf", "-95");
                await().atMost(15, TimeUnit.SECONDS).until(() -> seen.value("ch1_battery_bars").orElse(9.0) == 1.0
                        && seen.value("ch1_rf").orElse(0.0) == -95.0);
                sims.inject("ulxd-a", "ch1_battery_bars", "release");
                sims.inject("ulxd-a", "ch1_rf", "release");
                await().atMost(15, TimeUnit.SECONDS).until(() -> seen.value("ch1_battery_bars").orElse(0.0) == bars
                        && seen.value("ch1_rf").orElse(0.0) == rf);
            }
            for (String metric : List.of("ch2_battery_bars", "ch2_battery_minutes", "ch2_rf", "ch2_audio",
                    "ch2_interference", "ch2_mute", "ch2_battery")) {
                sims.inject("ulxd-a", metric, "release"); // never injected: nothing to undo, nothing to refuse
            }
            for (String metric : List.of("ch1_battery_bars", "ch1_rf", "ch1_interference", "ch1_mute", "ch1_battery")) {
                sims.inject("em-b", metric, "release");
            }
            assertThatThrownBy(() -> sims.inject("ulxd-a", "ch1_colour", "release")).hasMessageContaining("cannot release");
        }
    }
}
