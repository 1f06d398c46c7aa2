package dev.rackd.app.power;

import dev.rackd.config.GpioOutput;

/**
 * Where the sequencer gets its relays: the GPIO layer provides one through
 * {@link java.util.ServiceLoader} ({@code META-INF/services/dev.rackd.app.power.RelayBank}); without one,
 * sequencing is refused rather than pretending to switch.
 */
public interface RelayBank {
    /**
     * The relay on this GPIO output (role RELAY, active level already applied), driven to {@code on} from the moment
     * it is opened and left as it is when rackd stops: a restart must not cut the amps.
     */
    Relay relay(GpioOutput output, boolean on);
}
