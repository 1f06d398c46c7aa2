package dev.rackd.app.alerts;

import dev.rackd.config.GpioInput;
import dev.rackd.config.GpioOutput;
import dev.rackd.config.ShowFile;
import dev.rackd.hal.gpio.InputSpec;
import dev.rackd.hal.gpio.OutputSpec;
import java.util.List;

/**
 * The show file's GPIO lines as the hal board wants them, named by their show-file ids. One board
 * holds every line of the rack (relays, LED, buzzer, button): a pin can be opened only once.
 */
public final class GpioSpecs {
    private GpioSpecs() {}

    public static List<OutputSpec> outputs(ShowFile show) {
        return show.gpioOutputs().stream().map(o -> new OutputSpec(o.id(), o.pin(), o.activeLow())).toList();
    }

    public static List<InputSpec> inputs(ShowFile show) {
        return show.gpioInputs().stream().map(i -> InputSpec.button(i.id(), i.pin(), switch (i.pull()) {
            case UP -> InputSpec.Pull.UP;
            case DOWN -> InputSpec.Pull.DOWN;
            case NONE -> InputSpec.Pull.NONE;
        }, i.debounce())).toList();
    }

    static List<String> outputsWith(ShowFile show, GpioOutput.OutputRole role) {
        return show.gpioOutputs().stream().filter(o -> o.role() == role).map(GpioOutput::id).toList();
    }

    static List<String> ackButtons(ShowFile show) {
        return show.gpioInputs().stream().filter(i -> i.role() == GpioInput.InputRole.ACK_BUTTON)
                .map(GpioInput::id).toList();
    }
}
