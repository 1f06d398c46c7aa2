package dev.rackd.app.sim;

import java.util.Comparator;
import java.util.List;

/** A parsed scenario file: its name (for messages) and its steps in time order. */
public record Scenario(String fileName, List<ScenarioStep> steps) {
    public Scenario {
        steps = steps.stream().sorted(Comparator.comparing(ScenarioStep::at)
                .thenComparingInt(ScenarioStep::line)).toList();
    }
}
