package dev.rackd.app.gpio;

import dev.rackd.app.power.Relay;
import dev.rackd.app.power.RelayBank;
import dev.rackd.config.GpioOutput;
import dev.rackd.hal.gpio.GpioException;
import dev.rackd.hal.gpio.Output;
import dev.rackd.hal.gpio.OutputSpec;

/**
 * The sequencing relays on the rack's GPIO board (found by the power module through ServiceLoader).
 * Each line is opened at the level the sequencer asks for (what rackd saved before it stopped, else off) as soon as
 * it asks for its relay, so a relay board never floats while rackd runs and a restart does not blink the amps; the
 * line is left as it is when rackd stops. A line that cannot be opened refuses every switch with the reason.
 */
public final class GpioRelayBank implements RelayBank {
    @Override
    public Relay relay(GpioOutput output, boolean on) {
        Output line;
        try {
            line = RackGpio.board().output(new OutputSpec(output.id(), output.pin(), output.activeLow()), on, true);
        } catch (GpioException | RuntimeException e) {
            String why = e.getMessage();
            return energised -> {
                throw new IllegalStateException("relay '" + output.id() + "' (GPIO " + output.pin()
                        + ") cannot be switched: " + why);
            };
        }
        return energised -> {
            try {
                line.set(energised);
            } catch (GpioException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        };
    }
}
