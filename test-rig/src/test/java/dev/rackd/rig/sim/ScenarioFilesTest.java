package dev.rackd.rig.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.rackd.app.sim.Scenario;
import dev.rackd.app.sim.ScenarioParser;
import dev.rackd.app.sim.Simulation;
import dev.rackd.config.ShowFile;
import dev.rackd.config.ShowFileLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scenario files shipped for demos play on the example rack as `rackd run --simulate` backs it (family
 * simulators over real transports, value models for the rest): every step is accepted by its simulator.
 */
class ScenarioFilesTest {
    @TempDir
    Path tmp;

    static Stream<Path> scenarios() throws Exception {
        return Files.list(Path.of("scenarios")).filter(p -> p.toString().endsWith(".txt")).sorted();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void everyStepIsAcceptedOnTheTouringRack(Path file) throws Exception {
        ShowFile show = ShowFileLoader.load(Path.of("../rack-config/examples/touring-rack.yaml"));
        Scenario scenario = new ScenarioParser(show.deviceIds()).load(file);
        assertThat(scenario.steps()).isNotEmpty();
        try (Simulation simulation = new RackSimulatorImpl().start(show, tmp)) {
            for (var step : scenario.steps()) {
                assertThatCode(() -> simulation.inject(step.deviceId(), step.target(), step.value()))
                        .as(file.getFileName() + ":" + step.line()).doesNotThrowAnyException();
            }
        }
    }
}
