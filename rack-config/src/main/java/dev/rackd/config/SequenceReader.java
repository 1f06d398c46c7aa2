package dev.rackd.config;

import dev.rackd.config.GpioOutput.OutputRole;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;

/** One step of {@code power.sequence}: a relay, the amps it feeds and the pause before the next step. */
final class SequenceReader {
    private SequenceReader() {}

    /** @param ampSteps the amps earlier steps named, with where: an amp has one mains feed, so one step */
    static SequenceStep step(Fields f, Registry registry, Map<String, String> ampSteps) {
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
        List<String> amps = amps(f, registry, ampSteps);
        Duration comeUp = f.duration("come_up", SequenceStep.COME_UP, Duration.ofSeconds(1), Duration.ofMinutes(10));
        return new SequenceStep(relay, label, delay, amps, comeUp);
    }

    private static List<String> amps(Fields f, Registry registry, Map<String, String> ampSteps) {
        List<Node> nodes = f.list("amps", "a list of amplifier ids, e.g. [amp-a, amp-b]");
        List<String> amps = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            String path = f.path("amps") + "[" + i + "]";
            Optional<String> id = f.values().text(node, path, "the id of an amplifier").map(String::strip);
            if (id.isEmpty()) {
                continue;
            }
            String first = ampSteps.putIfAbsent(id.get(), path);
            if (first != null) {
                f.values().problems().at(node, path, "amp '" + id.get() + "' is already named by " + first
                        + "; allowed: each amp in the one step whose relay feeds it");
                continue;
            }
            amps.add(id.get());
            registry.afterwards(() -> { // the amplifiers section comes after power
                List<String> known = registry.amplifiers();
                if (!known.contains(id.get())) {
                    String hint = NearestName.to(id.get(), known).map(n -> " (did you mean '" + n + "'?)").orElse("");
                    f.values().problems().at(node, path, "no amplifier has id '" + id.get() + "'" + hint
                            + "; allowed: " + (known.isEmpty() ? "none, the show file has no amplifiers"
                                    : String.join(", ", known)));
                }
            });
        }
        return amps;
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
