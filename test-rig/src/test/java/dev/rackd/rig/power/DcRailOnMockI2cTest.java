package dev.rackd.rig.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import dev.rackd.app.power.PowerModule;
import dev.rackd.config.ShowFile;
import dev.rackd.config.ShowFileLoader;
import dev.rackd.hal.Quality;
import dev.rackd.hal.Reading;
import dev.rackd.rig.fixtures.FakeRack;
import dev.rackd.rig.sim.FamilySimulator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example touring rack's 24 V rail: a simulated INA226 on Pi4J's mock I2C, read by the real driver. */
class DcRailOnMockI2cTest {
    private static final String RAIL = "rail-24v";

    @TempDir
    Path work;

    @Test
    void theRealDriverReadsTheSimulatedChipItsInjectionsAndItsSilence() throws Exception {
        ShowFile show = ShowFileLoader.load(Path.of("..", "rack-config", "examples", "touring-rack.yaml"));
        try (DcRailFamilySimulator sim = new DcRailFamilySimulator()) {
            FakeRack rack = new FakeRack(sim.start(show, work.resolve("sim")), work.resolve("state"));
            PowerModule power = new PowerModule(null);
            power.start(rack);
            try {
                await().atMost(Duration.ofSeconds(30)).until(() -> rack.isOnline(RAIL));
                // at rest: a 24 V rail, sagging a little under the fans, drawing a share of its 8 A (online comes
                // just before the first readings)
                await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                    assertThat(rack.reported(RAIL, "voltage")).hasValueSatisfying(v -> assertThat(v)
                            .isBetween(23.5, 24.0));
                    assertThat(rack.reported(RAIL, "current")).hasValueSatisfying(a -> assertThat(a)
                            .isBetween(1.0, 6.0));
                });

                sim.inject(RAIL, "bus_voltage", "21.7");
                await().atMost(Duration.ofSeconds(30)).until(() -> good(rack, "voltage")
                        .filter(v -> Math.abs(v - 21.7) < 0.002).isPresent());
                sim.inject(RAIL, "current", "30"); // a shorted fan: beyond the shunt's range
                await().atMost(Duration.ofSeconds(30)).until(() -> rack.latest(RAIL, "current")
                        .map(Reading::quality).orElse(null) == Quality.FAULT);
                sim.inject(RAIL, "current", "release");
                sim.inject(RAIL, "voltage", "release"); // the reading's name works as well
                await().atMost(Duration.ofSeconds(30)).until(() -> good(rack, "voltage")
                        .filter(v -> v > 23.5).isPresent());

                sim.inject(RAIL, "state", "offline");
                await().atMost(Duration.ofSeconds(60)).until(() -> !rack.isOnline(RAIL));
                sim.inject(RAIL, "state", "online");
                await().atMost(Duration.ofSeconds(60)).until(() -> rack.isOnline(RAIL));
                await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(good(rack, "current"))
                        .hasValueSatisfying(a -> assertThat(a).isCloseTo(3, within(2.0))));
            } finally {
                power.stop();
                rack.close();
            }
        }
    }

    @Test
    void foundByServiceLoaderAndRefusesWhatTheChipCannotDo() throws Exception {
        FamilySimulator found = ServiceLoader.load(FamilySimulator.class).stream().map(ServiceLoader.Provider::get)
                .filter(f -> f instanceof DcRailFamilySimulator).findFirst().orElseThrow();
        try (found) {
            found.start(ShowFileLoader.load(Path.of("..", "rack-config", "examples", "touring-rack.yaml")), work);
            assertThat(found.devices()).containsExactly(RAIL);
            assertThatThrownBy(() -> found.inject(RAIL, "temperature", "40")).hasMessageContaining("bus_voltage");
            assertThatThrownBy(() -> found.inject(RAIL, "state", "sideways")).hasMessageContaining("offline or online");
            assertThatThrownBy(() -> found.inject(RAIL, "current", "lots")).hasMessageContaining("not a number");
            assertThatThrownBy(() -> found.inject("amp-1", "current", "1")).hasMessageContaining("not a simulated DC");
        }
    }

    private static Optional<Double> good(FakeRack rack, String metric) {
        return rack.latest(RAIL, metric).filter(r -> r.quality() == Quality.GOOD).map(Reading::value);
    }
}
