package dev.rackd.app.power;

import dev.rackd.app.command.CommandException;
import dev.rackd.app.command.CommandHandler;
import dev.rackd.app.command.CommandRequest;

/**
 * {@code sequence} with {@code {"action": "on"}} or {@code {"action": "off", "confirm": true}}. Replies at once:
 * the running status, or a refusal saying which step and why. Progress follows on {@code power/sequence}.
 */
final class SequenceCommand implements CommandHandler {
    private final PowerSequencer sequencer;

    SequenceCommand(PowerSequencer sequencer) {
        this.sequencer = sequencer;
    }

    @Override
    public Object handle(CommandRequest request) throws CommandException {
        String action = request.allowOnly("action", "confirm").requireOneOf("action", "on", "off");
        if (action.equals("off")) {
            request.requireConfirm("sequence off switches every amplifier step off, in reverse, while the show may"
                    + " be playing");
        }
        return sequencer.start(action.equals("on"));
    }
}
