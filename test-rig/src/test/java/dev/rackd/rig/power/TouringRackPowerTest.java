package dev.rackd.rig.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.rackd.app.power.PowerModule;
import dev.rackd.config.PowerMeter;
import dev.rackd.config.ShowFile;
import dev.rackd.config.ShowFileLoader;
import dev.rackd.config.TemperatureSensor;
import dev.rackd.rig.fixtures.FakeRack;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example touring rack's power and heat, from its YAML, through the simulators and the real drivers. */
class TouringRackPowerTest {
    @TempDir
    Path work;

    @Test
    void everyMeterAndSensorOfTheExampleRackReportsThroughItsRealDriver() throws Exception {
        ShowFile show = ShowFileLoader.load(Path.of("..", "rack-config", "examples", "touring-rack.yaml"));
        try (PowerFamilySimulator sim = new PowerFamilySimulator()) {
            FakeRack rack = new FakeRack(sim.start(show, work.resolve("sim")), work.resolve("state"));
            PowerModule power = new PowerModule(null);
            power.start(rack);
            try {
                await().atMost(Duration.ofSeconds(30)).until(() -> Stream.concat(
                        show.powerMeters().stream().map(PowerMeter::id),
                        show.temperatureSensors().stream().map(TemperatureSensor::id)).allMatch(rack::isOnline));
                // a device is online before its first readings are in
                await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                    for (PowerMeter m : show.powerMeters()) {
                        String phase = m.phases().get(0).name().toLowerCase(java.util.Locale.ROOT);
                        assertThat(rack.reported(m.id(), phase + "_load")).hasValueSatisfying(
                                load -> assertThat(load).isBetween(5.0, 80.0));
                    }
                    assertThat(rack.reported("pi-soc", "temperature")).isPresent();
                });
                assertThat(rack.commandNames()).contains("sequence", "energy_reset");
            } finally {
                power.stop();
                rack.close();
            }
        }
    }
}
