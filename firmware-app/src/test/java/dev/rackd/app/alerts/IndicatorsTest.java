package dev.rackd.app.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.pi4j.context.Context;
import dev.rackd.app.fixtures.FakeRackState;
import dev.rackd.app.fixtures.MockPins;
import dev.rackd.app.fixtures.TestShow;
import dev.rackd.app.state.StateStore;
import dev.rackd.config.GpioOutput.OutputRole;
import dev.rackd.config.ShowFile;
import dev.rackd.hal.gpio.GpioBoard;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lamp, buzzer and button at the rack, on Pi4J's mock platform. */
class IndicatorsTest {
    private static final int LED = 20;
    private static final int BUZZER = 21;
    private static final int BUTTON = 16;
    @TempDir
    Path tmp;
    private final Context pi4j = MockPins.context();
    private final ShowFile show = TestShow.rack("foh").output("status-led", LED, OutputRole.LED, true)
            .output("buzzer", BUZZER, OutputRole.BUZZER, false).button("ack-button", BUTTON).build();
    private AlertEngine engine;
    private GpioBoard board;
    private Indicators indicators;

    @BeforeEach
    void wire() throws Exception {
        engine = new AlertEngine(show, new StateStore(tmp, 1 << 20, Clock.systemUTC(), p -> {}), Clock.systemUTC());
        board = GpioBoard.create(pi4j);
        indicators = new Indicators(show, board, engine);
        MockPins.level(pi4j, BUTTON, true); // pulled up: released (the mock starts every input low)
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (board.input("ack-button").isActive() && System.nanoTime() < deadline) {
            Thread.sleep(5); // wait out the debounce, or a press could be taken for the tail of the release
        }
        engine.addListener(indicators);
        engine.start(new FakeRackState());
        settle();
    }

    @AfterEach
    void unwire() {
        indicators.close();
        engine.close();
        board.close();
        pi4j.shutdown();
    }

    private void settle() throws Exception {
        engine.call(() -> null).get(5, TimeUnit.SECONDS);
    }

    /** The LED is wired active-low: lit while its pin is low. */
    private boolean ledLit(long millis) {
        indicators.tick(millis);
        return !MockPins.high(pi4j, LED);
    }

    private boolean beeping(long millis) {
        indicators.tick(millis);
        return MockPins.high(pi4j, BUZZER);
    }

    @Test
    void steadyWhenAllIsWellSlowForAWarningFastForACritical() throws Exception {
        assertThat(ledLit(0)).isTrue();
        assertThat(ledLit(700)).isTrue();

        engine.raise("window", "distro", "l1_voltage", Severity.WARNING, 250, 248, "high mains");
        settle();
        assertThat(ledLit(100)).isTrue();
        assertThat(ledLit(600)).isFalse();
        assertThat(beeping(100)).isFalse();

        engine.raise("hot", "amp-b", "ch1_temperature", Severity.CRITICAL, 72, 70, "Amp B ch 1 at 72 °C");
        settle();
        assertThat(ledLit(100)).isTrue();
        assertThat(ledLit(200)).isFalse();
        assertThat(ledLit(300)).isTrue();
    }

    @Test
    void theBuzzerBeepsForAnUnacknowledgedCriticalUntilTheButtonIsPressed() throws Exception {
        engine.raise("hot", "amp-b", "ch1_temperature", Severity.CRITICAL, 72, 70, "Amp B ch 1 at 72 °C");
        settle();
        assertThat(beeping(100)).isTrue();
        assertThat(beeping(400)).isFalse();
        assertThat(beeping(1100)).isTrue();

        MockPins.level(pi4j, BUTTON, false); // pressed: the pull-up is shorted to ground
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (engine.open().get().getFirst().ackedBy() == null && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }

        settle();
        assertThat(engine.open().get().getFirst().ackedBy()).isEqualTo("rack button");
        assertThat(beeping(100)).as("acknowledged: quiet").isFalse();
        assertThat(ledLit(200)).as("still critical: the LED keeps blinking fast").isFalse();

        engine.clear("hot", "amp-b", "ch1_temperature");
        settle();
        assertThat(ledLit(200)).as("cleared and acknowledged: all well").isTrue();
    }

    @Test
    void closingLeavesLampAndBuzzerOff() throws Exception {
        engine.raise("hot", "amp-b", "ch1_temperature", Severity.CRITICAL, 72, 70, "hot");
        settle();
        indicators.tick(100);
        indicators.close();
        assertThat(MockPins.high(pi4j, LED)).as("active-low LED off = pin high").isTrue();
        assertThat(MockPins.high(pi4j, BUZZER)).isFalse();
    }
}
