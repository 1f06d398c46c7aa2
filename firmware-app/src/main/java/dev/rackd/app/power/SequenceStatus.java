package dev.rackd.app.power;

import java.util.List;

/**
 * Where the power sequence stands, as published on {@code power/sequence} and returned by the command.
 *
 * @param state    idle, running, done, refused, stopped or interrupted (by a restart)
 * @param action   on or off
 * @param step     1-based step last switched (0 before the first)
 * @param message  in the crew's words: "Step 2 (Amps B) not switched: L2 at 86 % of its 32 A breaker..."
 * @param switched what this sequence switched so far, one line per step in order ("Step 1 (Amps A) on"): the
 *                 retained topic keeps only the newest status, and steps a few milliseconds apart would
 *                 otherwise replace each other before the broker sends them
 */
public record SequenceStatus(String state, String action, int step, int steps, String message, List<String> switched) {
    public SequenceStatus {
        switched = List.copyOf(switched);
    }

    SequenceStatus(String state, String action, int step, int steps, String message) {
        this(state, action, step, steps, message, List.of());
    }

    static SequenceStatus idle(int steps) {
        return new SequenceStatus("idle", "", 0, steps, "");
    }

    boolean running() {
        return state.equals("running");
    }
}
