package dev.rackd.hal.gpio;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.plugin.mock.platform.MockPlatform;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;

/** A Pi4J context on the mock platform, and the pins' electrical levels as a multimeter would see them. */
final class MockGpio {
    private MockGpio() {}

    static Context context() {
        return Pi4J.newContextBuilder()
                .add(new MockPlatform())
                .add(MockDigitalInputProvider.newInstance(), MockDigitalOutputProvider.newInstance())
                .build();
    }

    static DigitalState level(Context pi4j, int bcm) {
        return pi4j.registry().<DigitalOutput>get("rackd-gpio-" + bcm).state();
    }

    /**
     * The mock platform starts every input low and knows no pull resistors: this puts a pulled-up
     * button's line at its idle (high) level and waits until the board has settled on it.
     */
    static void release(Context pi4j, int bcm) throws InterruptedException {
        press(pi4j, bcm, DigitalState.HIGH);
        Thread.sleep(150);
    }

    static void press(Context pi4j, int bcm, DigitalState level) {
        pi4j.registry().<MockDigitalInput>get("rackd-gpio-" + bcm).mockState(level);
    }
}
