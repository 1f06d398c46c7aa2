package dev.rackd.app.power;

import dev.rackd.app.command.CommandException;
import dev.rackd.app.command.CommandHandler;
import dev.rackd.app.command.CommandRequest;

/**
 * {@code sequence} with {@code {"action": "on"}}, {@code {"action": "off", "confirm": true}} (which also stops a
 * running power-on first) or {@code {"action": "stop"}} (halts a running sequence where it is). Replies at once:
 * the running status, or a refusal saying which step and why. Progress follows on {@code power/sequence}.
 */
final class SequenceCommand implements CommandHandler {
    private final PowerSequencer sequencer;

    SequenceCommand(PowerSequencer sequencer) {
        this.sequencer = sequencer;
    }

    @Override
    public Object handle(CommandRequest request) throws CommandException {
        String action = request.allowOnly("action", "confirm").requireOneOf("action", "on", "off", "stop");
        if (action.equals("stop")) {
            return sequencer.stop(); // switches nothing: no confirm needed
        }
        if (action.equals("off")) {
            request.requireConfirm("sequence off switches every amplifier step off, in reverse, while the show may"
                    + " be playing");
        }
        return sequencer.start(action.equals("on"));
    }
}
