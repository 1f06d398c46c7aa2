package dev.rackd.rig.gpio;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
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
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;

/**
 * The Pi's GPIO header for a simulated rack: Pi4J's mock platform carries the sequencing relays, the
 * status LED, the buzzer and the acknowledge button, so a simulated rack switches its relays and blinks its
 * lamp through the same code as on a Pi. Its lines are not devices of the rack (no readings, nothing to
 * inject). The fat jar leaves out the mock plugin's service entry: on a Pi, Pi4J's auto-detection never
 * sees it, and only this class builds a mock context, by name.
 */
public final class GpioFamilySimulator implements FamilySimulator {
    private static final String BOARD_DETECTION = "com.pi4j.boardinfo";
    private Context pi4j;

    @Override
    public ShowFile start(ShowFile show, Path workDir) {
        if (!show.gpioOutputs().isEmpty() || !show.gpioInputs().isEmpty()) {
            pi4j = quietly(() -> Pi4J.newContextBuilder().add(new MockPlatform())
                    .add(MockDigitalInputProvider.newInstance(), MockDigitalOutputProvider.newInstance()).build());
            RackGpio.use(GpioBoard.create(pi4j));
        }
        return show;
    }

    /**
     * Builds the context with Pi4J's board detection silenced: it runs at every build and logs errors on any
     * machine that is not a Pi, which a simulated rack knows it is not.
     */
    private static Context quietly(Supplier<Context> build) {
        if (!(LoggerFactory.getLogger(BOARD_DETECTION) instanceof Logger detection)) {
            return build.get();
        }
        Level before = detection.getLevel();
        detection.setLevel(Level.OFF);
        try {
            return build.get();
        } finally {
            detection.setLevel(before);
        }
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
