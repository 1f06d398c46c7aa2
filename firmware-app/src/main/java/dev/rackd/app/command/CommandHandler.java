package dev.rackd.app.command;

/** Carries out one validated, authorised command. */
@FunctionalInterface
public interface CommandHandler {
    /** @return the {@code result} of the reply: a record, map, list, string or number */
    Object handle(CommandRequest request) throws CommandException;
}
