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

    /** The shortest wait between two steps: an amp's inrush (its supply capacitors charging) lasts a few hundred ms. */
    static final Duration MIN_STAGGER = Duration.ofMillis(500);

    /** A step followed by another must wait out its amps' inrush, or the two inrushes add up on the breaker. */
    static void checkStagger(Fields f, SequenceStep step) {
        if (step.delay().compareTo(MIN_STAGGER) < 0) {
            f.error("delay", step.delay().toMillis() + " ms before the next step is too short: an amp's inrush lasts"
                    + " a few hundred ms, and the next step would switch on top of it; allowed: 0.5s to 10m (only the"
                    + " last step's delay, which is never waited, may be shorter)");
        }
    }
}
