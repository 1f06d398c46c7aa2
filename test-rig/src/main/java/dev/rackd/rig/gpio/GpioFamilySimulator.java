package dev.rackd.rig.gpio;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.plugin.mock.platform.MockPlatform;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;
import dev.rackd.app.gpio.RackGpio;
import dev.rackd.config.ShowFile;
import dev.rackd.hal.gpio.GpioBoard;
import dev.rackd.rig.sim.FamilySimulator;
import java.nio.file.Path;
import java.util.Set;

/**
 * The Pi's GPIO header for a simulated rack: Pi4J's mock platform carries the sequencing relays, the
 * status LED, the buzzer and the acknowledge button, so a simulated rack switches its relays and blinks its
 * lamp through the same code as on a Pi. Its lines are not devices of the rack (no readings, nothing to
 * inject). The fat jar leaves out the mock plugin's service entry: on a Pi, Pi4J's auto-detection never
 * sees it, and only this class builds a mock context, by name.
 */
public final class GpioFamilySimulator implements FamilySimulator {
    private Context pi4j;

    @Override
    public ShowFile start(ShowFile show, Path workDir) {
        if (!show.gpioOutputs().isEmpty() || !show.gpioInputs().isEmpty()) {
            pi4j = QuietPi4j.build(() -> Pi4J.newContextBuilder().add(new MockPlatform())
                    .add(MockDigitalInputProvider.newInstance(), MockDigitalOutputProvider.newInstance()).build());
            RackGpio.use(GpioBoard.create(pi4j));
        }
        return show;
    }

    @Override
    public Set<String> devices() {
        return Set.of();
    }

    @Override
    public void inject(String deviceId, String target, String value) {
        throw new IllegalArgumentException("GPIO lines are not simulated devices: nothing to inject on " + deviceId);
    }

    @Override
    public void close() {
        if (pi4j != null) {
            pi4j.shutdown();
            pi4j = null;
        }
    }
}
