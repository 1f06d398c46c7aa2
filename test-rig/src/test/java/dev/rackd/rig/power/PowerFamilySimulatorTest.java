package dev.rackd.rig.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rackd.config.MainsSettings.MainsMode;
import dev.rackd.config.PowerMeter;
import dev.rackd.config.ShowFile;
import dev.rackd.config.TemperatureSensor;
import dev.rackd.rig.sim.FamilySimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PowerFamilySimulatorTest {
    @TempDir
    Path work;

    @Test
    void foundByServiceLoaderAndRewiresTheShowOntoRealTransports() throws Exception {
        FamilySimulator sim = ServiceLoader.load(FamilySimulator.class).stream().map(ServiceLoader.Provider::get)
                .filter(f -> f instanceof PowerFamilySimulator).findFirst().orElseThrow();
        try (sim) {
            ShowFile show = PowerShows.pzemDistro(MainsMode.GRID, Duration.ofSeconds(1));
            ShowFile rewired = sim.start(show, work);
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
            assertThat(sim.devices()).contains("distro-l1", "distro-l3", "amp-8-temp", "pi");
            assertThat(rewired.sequence()).isEqualTo(show.sequence());
        }
    }

    @Test
    void injectionSpeaksTheCrewsWords() throws Exception {
        try (PowerFamilySimulator sim = new PowerFamilySimulator()) {
            sim.start(PowerShows.pzemDistro(MainsMode.GRID, Duration.ofSeconds(1)), work);
            sim.inject("distro-l2", "l2_current", "27.5");
            sim.inject("distro-l2", "l2_current", "release");
            sim.inject("amp-1-temp", "temperature_rate", "3");
            sim.inject("pi", "under_voltage", "1");
            assertThatThrownBy(() -> sim.inject("distro-l2", "l1_current", "10"))
                    .hasMessageContaining("distro-l2 measures [L2], not l1_current");
            assertThatThrownBy(() -> sim.inject("distro-l1", "state", "sideways"))
                    .hasMessageContaining("unknown state 'sideways'");
            assertThatThrownBy(() -> sim.inject("amp-1-temp", "temperature", "hot"))
                    .hasMessageContaining("not a number");
            assertThatThrownBy(() -> sim.inject("wireless-1", "state", "offline"))
                    .hasMessageContaining("not a simulated power meter or sensor");
        }
    }
}
