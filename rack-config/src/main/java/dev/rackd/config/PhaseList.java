package dev.rackd.config;

import dev.rackd.config.PowerMeter.MeterKind;
import dev.rackd.config.PowerMeter.Phase;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** A meter's {@code phases}: which of L1..L3 it sees. A single-phase meter sees exactly one. */
final class PhaseList {
    private static final String ALLOWED = "a list of l1, l2, l3, e.g. [l1] or [l1, l2, l3]";

    private PhaseList() {}

    static List<Phase> read(Fields f, MeterKind kind) {
        boolean threePhase = kind == MeterKind.SDM630;
        if (!f.has("phases")) {
            if (threePhase) {
                return List.of(Phase.L1, Phase.L2, Phase.L3);
            }
            f.missing("phases", "the phase this single-phase meter sees: [l1], [l2] or [l3]");
            return List.of();
        }
        Node node = f.node("phases").orElseThrow();
        // "phases: l2" reads as the one-element list a single-phase meter needs
        List<Node> nodes = node instanceof ScalarNode ? List.of(node) : f.list("phases", ALLOWED);
        List<Phase> phases = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Node item = nodes.get(i);
            String path = f.path("phases") + "[" + i + "]";
            var phase = f.values().choice(item, path, Phase.class, "phase");
            if (phase.isPresent() && phases.contains(phase.get())) {
                f.values().problems().at(item, path, Values.spelling(phase.get())
                        + " is listed twice; allowed: each phase once");
            } else {
                phase.ifPresent(phases::add);
            }
        }
        if (!threePhase && phases.size() > 1) {
            f.error("phases", "a " + Values.spelling(kind) + " measures one phase, " + phases.size()
                    + " are listed; allowed: exactly one of l1, l2, l3");
        } else if (phases.isEmpty() && nodes.isEmpty() && node instanceof SequenceNode) {
            f.error("phases", "the list is empty; allowed: " + ALLOWED);
        }
        return List.copyOf(phases);
    }
}
