package dev.rackd.app.command;

/** A command the door or a handler refuses; becomes {@code {"ok": false, "error": {code, message}}}. */
public final class CommandException extends Exception {
    private final ErrorCode code;

    public CommandException(ErrorCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
