package dev.rackd.rig.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rackd.app.sim.Injection;
import dev.rackd.app.sim.Scenario;
import dev.rackd.app.sim.ScenarioParser;
import dev.rackd.config.ShowFile;
import dev.rackd.config.ShowFileLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The scenario files shipped for demos run on the example rack: every line names a real device and metric. */
class ScenarioFilesTest {
    static Stream<Path> scenarios() throws Exception {
        return Files.list(Path.of("scenarios")).filter(p -> p.toString().endsWith(".txt")).sorted();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void playsOnTheTouringRack(Path file) throws Exception {
        ShowFile show = ShowFileLoader.load(Path.of("../rack-config/examples/touring-rack.yaml"));
        Scenario scenario = new ScenarioParser(show.deviceIds()).load(file);
        var rack = VirtualRack.build(show, java.util.Set.of(), Clock.systemUTC(), 1);

        assertThat(scenario.steps()).isNotEmpty().allSatisfy(step -> {
            if (!Injection.STATE.equals(step.target())) {
                assertThat(rack.get(step.deviceId()).metricNames()).as("line " + step.line()).contains(step.target());
            }
        });
    }
}
