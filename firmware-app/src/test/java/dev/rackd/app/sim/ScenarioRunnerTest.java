package dev.rackd.app.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.Test;

class ScenarioRunnerTest {
    private final FakeSimulation simulation = new FakeSimulation(Map.of("amp-a", Set.of("ch1_gain", "ch1_temperature"),
            "pdu", Set.of()));
    private final List<String> played = simulation.injected;

    private Scenario scenario(String text) throws ScenarioException {
        return new ScenarioParser(List.of("amp-a", "pdu")).parse(text, "s.txt");
    }

    @Test
    void aMetricTheSimulatedDeviceLacksIsRefusedWithItsLine() throws Exception {
        ScenarioRunner runner = new ScenarioRunner(scenario("""
                1 amp-a ch1_gain -6
                2 amp-a ch9_gain -6
                3 pdu anything 1
                """), simulation);
        assertThatThrownBy(runner::check).isInstanceOf(ScenarioException.class)
                .hasMessage("s.txt:2: amp-a has no metric 'ch9_gain'; it has ch1_gain, ch1_temperature");
    }

    @Test
    void stepsPlayInTimeOrderAndARefusedStepDoesNotStopTheRest() throws Exception {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try (ScenarioRunner runner = new ScenarioRunner(scenario("""
                0.3 amp-a ch1_gain release
                0.1 amp-a ch1_gain -6
                0.2 amp-a ch1_gain 99
                0.2 pdu state offline
                """), simulation)) {
            runner.check();
            runner.start(timer);
            await().atMost(Duration.ofSeconds(15)).until(() -> played.size() == 3);
            assertThat(played).containsExactly("amp-a ch1_gain -6", "pdu state offline", "amp-a ch1_gain release");
        } finally {
            timer.shutdownNow();
        }
    }
}
