package dev.rackd.hal.gpio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import dev.rackd.hal.gpio.InputSpec.Pull;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GpioBoardTest {
    private final Context pi4j = MockGpio.context();

    @AfterEach
    void shutdown() {
        pi4j.shutdown();
    }

    @Test
    void activeLowRelayIsElectricallyHighWhileOffAndLowWhileOn() throws Exception {
        try (GpioBoard board = GpioBoard.open(pi4j, List.of(new OutputSpec("relay 1", 5, true),
                new OutputSpec("led", 6, false)), List.of())) {
            assertThat(MockGpio.level(pi4j, 5)).isEqualTo(DigitalState.HIGH);
            assertThat(MockGpio.level(pi4j, 6)).isEqualTo(DigitalState.LOW);

            board.output("relay 1").set(true);
            board.output("led").set(true);

            assertThat(MockGpio.level(pi4j, 5)).isEqualTo(DigitalState.LOW);
            assertThat(MockGpio.level(pi4j, 6)).isEqualTo(DigitalState.HIGH);
            assertThat(board.output("relay 1").isOn()).isTrue();
        }
    }

    @Test
    void closingSwitchesEveryLoadOff() throws Exception {
        GpioBoard board = GpioBoard.open(pi4j, List.of(new OutputSpec("relay 1", 5, true)), List.of());
        board.output("relay 1").set(true);
        board.close();
        assertThat(pi4j.registry().exists("rackd-gpio-5")).isFalse();
    }

    @Test
    void aHeldRelayOpensAtItsLevelAndIsLeftOnWhenTheBoardCloses() throws Exception {
        GpioBoard board = GpioBoard.create(pi4j);
        Output relay = board.output(new OutputSpec("relay 1", 5, true), true, true);
        assertThat(MockGpio.level(pi4j, 5)).isEqualTo(DigitalState.LOW); // on from the first instant
        assertThat(relay.isOn()).isTrue();
        board.output(new OutputSpec("led", 6, false)).set(true);
        DigitalOutput line = pi4j.registry().get("rackd-gpio-5");
        board.close();
        assertThat(line.state()).isEqualTo(DigitalState.LOW); // the amps stay on
    }

    @Test
    void aButtonThatBouncesCountsAsOnePressOnceItSettles() throws Exception {
        try (GpioBoard board = GpioBoard.open(pi4j, List.of(),
                List.of(InputSpec.button("ack", 17, Pull.UP, Duration.ofMillis(30))))) {
            MockGpio.release(pi4j, 17);
            List<Boolean> seen = new CopyOnWriteArrayList<>();
            board.input("ack").onChange(seen::add);

            for (int i = 0; i < 5; i++) { // contact bounce: faster than the debounce time
                MockGpio.press(pi4j, 17, DigitalState.LOW);
                MockGpio.press(pi4j, 17, DigitalState.HIGH);
            }
            MockGpio.press(pi4j, 17, DigitalState.LOW);
            TimeUnit.MILLISECONDS.sleep(200);
            assertThat(seen).containsExactly(true);
            assertThat(board.input("ack").isActive()).isTrue();

            MockGpio.press(pi4j, 17, DigitalState.HIGH);
            TimeUnit.MILLISECONDS.sleep(200);
            assertThat(seen).containsExactly(true, false);
        }
    }

    @Test
    void aGlitchShorterThanTheDebounceIsIgnored() throws Exception {
        try (GpioBoard board = GpioBoard.open(pi4j, List.of(),
                List.of(InputSpec.button("ack", 17, Pull.UP, Duration.ofMillis(50))))) {
            MockGpio.release(pi4j, 17);
            List<Boolean> seen = new CopyOnWriteArrayList<>();
            board.input("ack").onChange(seen::add);
            MockGpio.press(pi4j, 17, DigitalState.LOW);
            MockGpio.press(pi4j, 17, DigitalState.HIGH);
            TimeUnit.MILLISECONDS.sleep(200);
            assertThat(seen).isEmpty();
        }
    }

    @Test
    void twoLinesOnOnePinAreRefusedWithTheLineNamed() {
        assertThatThrownBy(() -> GpioBoard.open(pi4j, List.of(new OutputSpec("relay 1", 5, true),
                new OutputSpec("relay 2", 5, true)), List.of()))
                .isInstanceOf(GpioException.class)
                .hasMessage("relay 2: GPIO 5 is already in use");
        assertThat(pi4j.registry().exists("rackd-gpio-5")).isFalse();
    }

    @Test
    void pinsOutsideTheHeaderAreRefused() {
        assertThatThrownBy(() -> new OutputSpec("relay", 40, false))
                .hasMessage("relay: GPIO 40; allowed BCM 0 to 27");
    }

    @Test
    void ownersOpenTheirLinesAsTheyNeedThemAndShareTheBoard() throws Exception {
        try (GpioBoard board = GpioBoard.create(pi4j)) {
            Output relay = board.output(new OutputSpec("relay 1", 5, true));
            assertThat(board.output(new OutputSpec("relay 1", 5, true))).isSameAs(relay);
            board.output(new OutputSpec("led", 6, false)).set(true);
            assertThat(MockGpio.level(pi4j, 6)).isEqualTo(DigitalState.HIGH);
            assertThatThrownBy(() -> board.output(new OutputSpec("buzzer", 5, false)))
                    .hasMessage("buzzer: GPIO 5 is already in use");
        }
    }
}
