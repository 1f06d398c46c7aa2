package dev.rackd.rig.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.rackd.config.MainsSettings.MainsMode;
import dev.rackd.config.PowerMeter;
import dev.rackd.config.ShowFile;
import dev.rackd.config.TemperatureSensor;
import dev.rackd.rig.sim.FamilySimulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PowerFamilySimulatorTest {
    @TempDir
    Path work;

    private final PowerFamilySimulator sim = new PowerFamilySimulator();

    @AfterEach
    void stop() {
        sim.close();
    }

    private ShowFile startOnThePzemDistro() throws Exception {
        return sim.start(PowerShows.pzemDistro(MainsMode.GRID, Duration.ofSeconds(1)), work);
    }

    @Test
    void foundByServiceLoaderAndRewiresTheShowOntoRealTransports() throws Exception {
        FamilySimulator found = ServiceLoader.load(FamilySimulator.class).stream().map(ServiceLoader.Provider::get)
                .filter(f -> f instanceof PowerFamilySimulator).findFirst().orElseThrow();
        try (found) {
            ShowFile show = PowerShows.pzemDistro(MainsMode.GRID, Duration.ofSeconds(1));
            ShowFile rewired = found.start(show, work);
            assertThat(rewired.powerMeters()).extracting(PowerMeter::port).allSatisfy(port -> {
                assertThat(port).startsWith(work.toString());
                assertThat(Path.of(port)).exists();
            });
            assertThat(rewired.powerMeters()).extracting(PowerMeter::port).containsOnly(
                    rewired.powerMeters().get(0).port());
            TemperatureSensor amp = rewired.temperatureSensors().get(0);
            Path w1Root = Path.of(amp.path().orElseThrow());
            assertThat(Files.readString(w1Root.resolve(amp.w1Id().orElseThrow()).resolve("w1_slave"))).contains("YES");
            TemperatureSensor pi = rewired.temperatureSensors().get(8);
            assertThat(Path.of(pi.path().orElseThrow())).hasFileName("temp").exists();
            assertThat(found.devices()).contains("distro-l1", "distro-l3", "amp-8-temp", "pi");
            assertThat(rewired.sequence()).isEqualTo(show.sequence());
        }
    }

    @Test
    void theInjectionsOfAShowNightAreAccepted() throws Exception {
        startOnThePzemDistro();
        sim.inject("distro-l2", "l2_current", "27.5");
        sim.inject("distro-l2", "l2_current", "release");
        sim.inject("amp-1-temp", "temperature_rate", "3");
        sim.inject("pi", "under_voltage", "1");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            distro-l2  | l1_current  | 10       | distro-l2 measures [L2], not l1_current
            distro-l1  | state       | sideways | unknown state 'sideways'
            amp-1-temp | temperature | hot      | not a number
            wireless-1 | state       | offline  | not a simulated power meter or sensor
            distro-l2  | l2_humidity | release  | distro-l2 has no simulated metric 'l2_humidity'
            pi         | humidity    | release  | sensors know temperature
            pi         | under_voltage | 2      | under_voltage takes 1, 0 or 'release', not '2'
            distro-l2  | l2_current  | Infinity | not a number
            """)
    void whatNoSimulatorHasIsRefusedInWords(String device, String target, String value, String words) throws Exception {
        startOnThePzemDistro();
        assertThatThrownBy(() -> sim.inject(device, target, value)).hasMessageContaining(words);
    }

    @Test
    void everyInjectableMetricTakesReleaseEvenWhenNothingWasPinned() throws Exception {
        startOnThePzemDistro();
        for (String metric : List.of("l2_voltage", "voltage", "frequency", "l2_current", "l2_power_factor",
                "neutral_current")) {
            sim.inject("distro-l2", metric, "release"); // never pinned: nothing to undo, nothing to refuse
            sim.inject("distro-l2", metric, "1");
            sim.inject("distro-l2", metric, "release");
        }
        for (String metric : List.of("temperature", "temperature_rate", "under_voltage", "frequency_capped",
                "throttled", "soft_temp_limit")) {
            sim.inject("pi", metric, "release");
            sim.inject("pi", metric, "1");
            sim.inject("pi", metric, "release");
        }
    }

    @Test
    void aReleasedSensorGoesBackToItsRestingTemperature() throws Exception {
        ShowFile rewired = startOnThePzemDistro();
        Path zone = Path.of(rewired.temperatureSensors().get(8).path().orElseThrow());
        sim.inject("pi", "temperature", "71.5");
        await().atMost(Duration.ofSeconds(15)).until(() -> millidegrees(zone) == 71_500);
        sim.inject("pi", "temperature", "release");
        await().atMost(Duration.ofSeconds(15)).until(() -> millidegrees(zone) < 60_000);
    }

    private static int millidegrees(Path file) {
        try {
            return Integer.parseInt(Files.readString(file).trim());
        } catch (IOException | NumberFormatException e) {
            return Integer.MIN_VALUE; // between two writes: ask again
        }
    }
}
