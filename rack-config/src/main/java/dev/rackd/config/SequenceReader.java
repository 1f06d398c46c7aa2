package dev.rackd.config;

import dev.rackd.config.GpioOutput.OutputRole;
import java.time.Duration;

/** One step of {@code power.sequence}: a relay and the pause before the next step. */
final class SequenceReader {
    private SequenceReader() {}

    static SequenceStep step(Fields f, Registry registry) {
        String relay = f.requiredText("relay", "the id of a gpio output with role relay");
        String label = f.text("label", relay, "any text, e.g. Amps L/R");
        Duration delay = f.duration("delay", Duration.ofSeconds(2), Duration.ZERO, Duration.ofMinutes(10));
        if (!relay.isEmpty()) {
            registry.afterwards(() -> {
                var output = registry.output(relay);
                if (output.isEmpty()) {
                    f.error("relay", "no gpio output has id '" + relay + "'; allowed: the id of a gpio output with"
                            + " role relay");
                } else if (output.get().role() != OutputRole.RELAY) {
                    f.error("relay", "'" + relay + "' is the " + Values.spelling(output.get().role())
                            + ", not a relay; allowed: a gpio output with role relay");
                }
            });
        }
        return new SequenceStep(relay, label, delay);
    }
}
