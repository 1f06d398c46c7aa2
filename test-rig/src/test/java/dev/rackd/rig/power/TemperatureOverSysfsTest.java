package dev.rackd.rig.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.rackd.hal.Quality;
import dev.rackd.hal.poll.BusLoop;
import dev.rackd.hal.temperature.pi.PiSocMonitor;
import dev.rackd.hal.temperature.pi.PiSocSettings;
import dev.rackd.hal.temperature.w1.Ds18b20Sensor;
import dev.rackd.hal.temperature.w1.Ds18b20Settings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DS18B20 and Pi drivers against the sysfs-shaped simulator folder. */
class TemperatureOverSysfsTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private SysfsTree tree;
    private Ds18b20Sensor amp;
    private Ds18b20Sensor intake;
    private PiSocMonitor pi;
    private final RecordingListener seen = new RecordingListener();

    @BeforeEach
    void start() throws Exception {
        tree = new SysfsTree(dir).start();
        Path w1 = tree.addDs18b20("amp-a-temp", "28-0316a2794bff", new TemperatureModel(41));
        tree.addDs18b20("intake-temp", "28-0516a1b2c3d4", new TemperatureModel(24));
        Path thermal = tree.addPi("pi", new TemperatureModel(52));
        BusLoop w1Loop = new BusLoop("w1");
        amp = new Ds18b20Sensor(new Ds18b20Settings("amp-a-temp", w1, "28-0316a2794bff", Duration.ofMillis(50), 2, 2),
                w1Loop, Clock.systemUTC());
        intake = new Ds18b20Sensor(new Ds18b20Settings("intake-temp", w1, "28-0516a1b2c3d4", Duration.ofMillis(50), 2,
                2), w1Loop, Clock.systemUTC());
        pi = new PiSocMonitor(new PiSocSettings("pi", thermal, PiSocSettings.throttledBeside(thermal), false,
                Duration.ofMillis(50), 2), new BusLoop("pi"), Clock.systemUTC());
        amp.start(seen.forDevice("amp-a-temp"));
        intake.start(seen.forDevice("intake-temp"));
        pi.start(seen.forDevice("pi"));
    }

    @AfterEach
    void stop() {
        amp.close();
        intake.close();
        pi.close();
        tree.close();
    }

    @Test
    void sensorsReadTheirOwnTemperatureInSixteenthsOfADegree() {
        tree.sensor("amp-a-temp").model.pin(62.3);
        await().atMost(WAIT).until(() -> seen.device("amp-a-temp").good("temperature").stream()
                .anyMatch(r -> r.value() == 62.312)); // 997/16 °C, truncated to m°C as w1_therm prints it
        await().atMost(WAIT).until(() -> !seen.device("intake-temp").good("temperature").isEmpty());
        assertThat(seen.device("intake-temp").good("temperature").getLast().value()).isBetween(22.0, 26.0);
        await().atMost(WAIT).until(() -> !seen.device("pi").good("temperature").isEmpty());
        assertThat(seen.device("pi").good("temperature").getLast().value()).isBetween(50.0, 54.0);
    }

    @Test
    void crcErrorsAreNeverReadings() {
        awaitOnline("amp-a-temp");
        tree.sensor("amp-a-temp").state("crc_no");
        await().atMost(WAIT).until(() -> seen.device("amp-a-temp").isOffline());
        assertThat(seen.device("amp-a-temp").lastEvent().orElseThrow().reason()).contains("CRC", "3 reads");
        assertThat(seen.device("amp-a-temp").of("temperature").getLast().quality()).isEqualTo(Quality.STALE);
        tree.sensor("amp-a-temp").state("online");
        await().atMost(WAIT).until(() -> seen.device("amp-a-temp").isOnline());
    }

    @Test
    void powerOnValueOf85IsRejected() {
        awaitOnline("amp-a-temp");
        tree.sensor("amp-a-temp").state("power_on");
        await().atMost(WAIT).until(() -> seen.device("amp-a-temp").isOffline());
        assertThat(seen.device("amp-a-temp").lastEvent().orElseThrow().reason()).contains("power-on value 85");
        assertThat(seen.device("amp-a-temp").good("temperature")).noneMatch(r -> r.value() == 85.0);
    }

    @Test
    void shortedDataLineIsNotZeroDegrees() {
        awaitOnline("intake-temp");
        tree.sensor("intake-temp").state("all_zero");
        await().atMost(WAIT).until(() -> seen.device("intake-temp").isOffline());
        assertThat(seen.device("intake-temp").good("temperature")).noneMatch(r -> r.value() == 0.0);
    }

    @Test
    void vanishedSensorGoesOfflineAtOnceAndComesBack() {
        awaitOnline("amp-a-temp");
        tree.sensor("amp-a-temp").state("vanish");
        await().atMost(WAIT).until(() -> seen.device("amp-a-temp").isOffline());
        assertThat(seen.device("amp-a-temp").lastEvent().orElseThrow().reason())
                .contains("28-0316a2794bff is gone from the 1-Wire bus");
        assertThat(seen.device("intake-temp").isOnline()).isTrue();
        tree.sensor("amp-a-temp").state("online");
        await().atMost(WAIT).until(() -> seen.device("amp-a-temp").isOnline());
    }

    @Test
    void underVoltageFlagsNowAndSinceBoot() {
        awaitOnline("pi");
        tree.sensor("pi").flag(0, true);
        await().atMost(WAIT).until(() -> lastValue("pi", "under_voltage").orElse(0.0) == 1.0);
        assertThat(lastValue("pi", "under_voltage_since_boot")).contains(1.0);
        tree.sensor("pi").flag(0, false);
        await().atMost(WAIT).until(() -> lastValue("pi", "under_voltage").orElse(1.0) == 0.0);
        assertThat(lastValue("pi", "under_voltage_since_boot")).contains(1.0);
        assertThat(lastValue("pi", "throttled")).contains(0.0);
    }

    private Optional<Double> lastValue(String device, String metric) {
        var good = seen.device(device).good(metric);
        return good.isEmpty() ? Optional.empty() : Optional.of(good.getLast().value());
    }

    private void awaitOnline(String device) {
        await().atMost(WAIT).until(() -> seen.device(device).isOnline());
    }
}
