package dev.rackd.rig.wireless;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.rackd.hal.serial.JSerialCommLink;
import dev.rackd.hal.serial.SerialSettings;
import dev.rackd.hal.wireless.rfexplorer.RfExplorer;
import dev.rackd.hal.wireless.rfexplorer.RfExplorerConfig;
import dev.rackd.hal.wireless.rfexplorer.ScanPlan;
import dev.rackd.hal.wireless.scan.ScanPoint;
import dev.rackd.rig.pty.SocatPty;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RfExplorerDeviceTest {
    @TempDir
    Path dir;
    private RfExplorerSim sim;
    private RfExplorer scanner;
    private final RecordingListener seen = new RecordingListener();

    @BeforeEach
    void start() throws Exception {
        SyntheticSpectrum venue = new SyntheticSpectrum(List.of(new SyntheticSpectrum.TvTransmitter(482_000, 487_999)),
                List.of(474_000L, 475_000L));
        sim = new RfExplorerSim(SocatPty.open(dir, "rfe"), venue);
        RfExplorerConfig cfg = new RfExplorerConfig("scan1", sim.driverPort(), 500_000, 1, -10, -120,
                Duration.ofSeconds(3), Duration.ofSeconds(2));
        SerialSettings port = SerialSettings.eightN1(sim.driverPort(), 500_000, Duration.ofMillis(100));
        scanner = new RfExplorer(cfg, () -> new JSerialCommLink(port), Clock.systemUTC());
        scanner.start(seen);
        await().atMost(15, TimeUnit.SECONDS).until(() -> seen.online);
    }

    @AfterEach
    void stop() {
        scanner.close();
        sim.close();
    }

    @Test
    void theSweepsItStreamsGiveTheNoiseFloorAndTheStrongestSignal() {
        await().atMost(15, TimeUnit.SECONDS).until(() -> seen.value("peak_frequency").isPresent());
        // 470-700 MHz in 112 points: bins 2 MHz apart, so the strongest bin is the TV transmitter at 482-488 MHz or
        // one of the microphones at 474 and 475 MHz, never the empty rest of the band
        assertThat(seen.value("peak_frequency").orElseThrow()).isBetween(472_000.0, 490_000.0);
        assertThat(seen.value("peak_level").orElseThrow()).isGreaterThan(-75);
        assertThat(seen.value("noise_floor").orElseThrow()).isLessThan(-90);
        assertThat(seen.latest.get("noise_floor").unit()).isEqualTo(dev.rackd.hal.Unit.DBM);
    }

    @Test
    void readsTheModelAndStitchesAScanOfSeveralSpans() throws Exception {
        assertThat(scanner.model()).hasValueSatisfying(m -> assertThat(m.firmware()).isEqualTo("01.12B26"));
        List<ScanPoint> scan = scanner.scan(new ScanPlan(470_000, 490_000, 50)).get(20, TimeUnit.SECONDS);
        assertThat(scan).hasSize(401);
        assertThat(sim.commands().stream().filter(c -> c.startsWith("C2-F:")).count()).isGreaterThanOrEqualTo(4);
        assertThat(level(scan, 474_000)).isGreaterThan(-50);
        assertThat(level(scan, 485_000)).isBetween(-70.0, -55.0);
        assertThat(level(scan, 479_000)).isLessThan(-95);
        // 2 x 474000 - 475000 = 473000: the intermod product shows above the floor
        assertThat(level(scan, 473_000)).isBetween(-90.0, -75.0);
    }

    @Test
    void garbageDoesNotStopAScan() throws Exception {
        sim.garbage();
        assertThat(scanner.scan(new ScanPlan(470_000, 476_000, 100)).get(10, TimeUnit.SECONDS)).hasSize(61);
        assertThat(seen.offlineEvents()).isZero();
    }

    @Test
    void silenceFailsTheScanAndTakesTheScannerOffline() {
        sim.silence(true);
        var scan = scanner.scan(new ScanPlan(470_000, 476_000, 100));
        assertThat(scan).failsWithin(10, TimeUnit.SECONDS);
        await().atMost(15, TimeUnit.SECONDS).until(() -> !seen.online);
        sim.silence(false);
        await().atMost(10, TimeUnit.SECONDS).until(() -> seen.online);
    }

    @Test
    void unplugIsOfflineAndReplugComesBack() throws Exception {
        sim.unplug();
        await().atMost(15, TimeUnit.SECONDS).until(() -> !seen.online);
        assertThat(seen.events).last().asString().contains("scan1");
        sim.replug();
        await().atMost(15, TimeUnit.SECONDS).until(() -> seen.online);
        assertThat(scanner.scan(new ScanPlan(470_000, 472_000, 100)).get(10, TimeUnit.SECONDS)).hasSize(21);
    }

    private static double level(List<ScanPoint> scan, long khz) {
        return scan.stream().filter(p -> p.frequencyKhz() == khz).findFirst().orElseThrow().levelDbm();
    }
}
