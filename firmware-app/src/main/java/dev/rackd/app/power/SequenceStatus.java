package dev.rackd.app.power;

/**
 * Where the power sequence stands, as published on {@code power/sequence} and returned by the command.
 *
 * @param state   idle, running, done, refused or stopped
 * @param action  on or off
 * @param step    1-based step last switched (0 before the first)
 * @param message in the crew's words: "Step 2 (Amps B) not switched: L2 at 86 % of its 32 A breaker..."
 */
public record SequenceStatus(String state, String action, int step, int steps, String message) {
    static SequenceStatus idle(int steps) {
        return new SequenceStatus("idle", "", 0, steps, "");
    }

    boolean running() {
        return state.equals("running");
    }
}
