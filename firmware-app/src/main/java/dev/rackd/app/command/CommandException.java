package dev.rackd.app.command;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * A command the door or a handler refuses; becomes {@code {"ok": false, "error": {code, message}}}, with
 * {@code detail} when part of the work was done and the crew needs to know which part.
 */
public final class CommandException extends Exception {
    private final ErrorCode code;
    private final transient JsonNode detail;

    public CommandException(ErrorCode code, String message) {
        this(code, message, null);
    }

    public CommandException(ErrorCode code, String message, Object detail) {
        super(message, null, false, false);
        this.code = code;
        this.detail = detail == null ? null : Json.MAPPER.valueToTree(detail);
    }

    public ErrorCode code() {
        return code;
    }

    public Optional<JsonNode> detail() {
        return Optional.ofNullable(detail);
    }
}
