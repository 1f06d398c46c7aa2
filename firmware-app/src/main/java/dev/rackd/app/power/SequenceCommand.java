package dev.rackd.app.power;

import dev.rackd.app.command.CommandException;
import dev.rackd.app.command.CommandHandler;
import dev.rackd.app.command.CommandRequest;
import dev.rackd.app.command.ErrorCode;

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
        // Off silences every amplifier of the rack: one stray message must not end a show.
        if (action.equals("off") && !request.optionalBoolean("confirm", false)) {
            throw new CommandException(ErrorCode.REFUSED, "sequence off switches every amplifier step off, in"
                    + " reverse, while the show may be playing; send \"confirm\": true to do it");
        }
        return sequencer.start(action.equals("on"));
    }
}
