package dev.rackd.app.alerts;

import dev.rackd.config.GpioInput;
import dev.rackd.config.GpioOutput;
import dev.rackd.config.ShowFile;
import dev.rackd.hal.gpio.InputSpec;
import dev.rackd.hal.gpio.OutputSpec;
import java.util.List;

/** The show file's GPIO lines as the hal board wants them, named by their show-file ids. */
public final class GpioSpecs {
    private GpioSpecs() {}

    public static OutputSpec output(GpioOutput o) {
        return new OutputSpec(o.id(), o.pin(), o.activeLow());
    }

    public static InputSpec input(GpioInput i) {
        return InputSpec.button(i.id(), i.pin(), switch (i.pull()) {
            case UP -> InputSpec.Pull.UP;
            case DOWN -> InputSpec.Pull.DOWN;
            case NONE -> InputSpec.Pull.NONE;
        }, i.debounce());
    }

    static List<OutputSpec> outputsWith(ShowFile show, GpioOutput.OutputRole role) {
        return show.gpioOutputs().stream().filter(o -> o.role() == role).map(GpioSpecs::output).toList();
    }

    static List<InputSpec> ackButtons(ShowFile show) {
        return show.gpioInputs().stream().filter(i -> i.role() == GpioInput.InputRole.ACK_BUTTON)
                .map(GpioSpecs::input).toList();
    }

    /** Whether the rack has a lamp, a buzzer or a button for the alerts. */
    static boolean any(ShowFile show) {
        return !outputsWith(show, GpioOutput.OutputRole.LED).isEmpty()
                || !outputsWith(show, GpioOutput.OutputRole.BUZZER).isEmpty() || !ackButtons(show).isEmpty();
    }
}
