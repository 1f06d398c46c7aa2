package dev.rackd.app.gpio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pi4j.context.Context;
import dev.rackd.app.fixtures.MockPins;
import dev.rackd.app.power.Relay;
import dev.rackd.app.power.RelayBank;
import dev.rackd.config.GpioOutput;
import dev.rackd.config.GpioOutput.OutputRole;
import dev.rackd.hal.gpio.GpioBoard;
import java.util.ServiceLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The power module's sequencing relays on the rack's GPIO board, on Pi4J's mock platform. */
class GpioRelayBankTest {
    private final Context pi4j = MockPins.context();

    @AfterEach
    void release() {
        RackGpio.close();
        pi4j.shutdown();
    }

    @Test
    void thePowerModuleFindsTheRelaysAndAnActiveLowRelayIsOnWhileItsPinIsLow() {
        RackGpio.use(GpioBoard.create(pi4j));
        RelayBank bank = ServiceLoader.load(RelayBank.class).findFirst().orElseThrow();
        Relay amps = bank.relay(new GpioOutput("relay-amps-a", "Amps A", 17, OutputRole.RELAY, true), false);
        assertThat(MockPins.high(pi4j, 17)).as("opened off: an active-low relay's pin is high").isTrue();
        amps.set(true);
        assertThat(MockPins.high(pi4j, 17)).isFalse();
        amps.set(false);
        assertThat(MockPins.high(pi4j, 17)).isTrue();
    }

    @Test
    void aRelayWhosePinIsTakenRefusesToSwitchAndSaysWhy() {
        RackGpio.use(GpioBoard.create(pi4j));
        RelayBank bank = new GpioRelayBank();
        bank.relay(new GpioOutput("relay-amps-a", "Amps A", 17, OutputRole.RELAY, true), false);
        Relay clash = bank.relay(new GpioOutput("relay-amps-b", "Amps B", 17, OutputRole.RELAY, true), false);
        assertThatThrownBy(() -> clash.set(true)).hasMessage(
                "relay 'relay-amps-b' (GPIO 17) cannot be switched: relay-amps-b: GPIO 17 is already in use");
    }
}
