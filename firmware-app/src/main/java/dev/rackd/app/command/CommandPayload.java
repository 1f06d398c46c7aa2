package dev.rackd.app.command;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A command's payload from outside bytes: at most {@link #MAX_BYTES}, one strict JSON object (an empty
 * payload counts as {@code {}}). The optional {@code request_id} (a string of up to 64 characters or a
 * whole number) is taken out here and echoed in the reply, so MQTT 3.1.1 clients can match replies.
 */
public record CommandPayload(ObjectNode args, Optional<JsonNode> requestId) {
    public static final int MAX_BYTES = 16 * 1024;
    public static final String REQUEST_ID = "request_id";
    private static final Pattern LIBRARY_NAMES = Pattern.compile(", from `StreamReadConstraints\\.[^`]*`");

    /**
     * The {@code request_id} of a command refused before its payload is read (no such command, a role that may not
     * send it, a retained message), so that a client matching replies by it still gets its answer; empty when
     * there is none or the payload cannot be read.
     */
    public static Optional<JsonNode> peekRequestId(byte[] payload) {
        try {
            return parse(payload).requestId();
        } catch (CommandException e) {
            return Optional.empty();
        }
    }

    public static CommandPayload parse(byte[] payload) throws CommandException {
        if (payload.length > MAX_BYTES) {
            throw new CommandException(ErrorCode.TOO_LARGE,
                    "payload is " + payload.length + " bytes; allowed: up to " + MAX_BYTES);
        }
        if (payload.length == 0) {
            return new CommandPayload(Json.STRICT.createObjectNode(), Optional.empty());
        }
        JsonNode node;
        try {
            node = Json.STRICT.readTree(payload);
        } catch (JacksonException e) {
            // the parser names its own settings ("from `StreamReadConstraints...`"): the crew needs the limit only
            throw new CommandException(ErrorCode.MALFORMED_JSON, "payload is not valid JSON: "
                    + LIBRARY_NAMES.matcher(String.valueOf(e.getOriginalMessage())).replaceAll(""));
        } catch (IOException e) {
            throw new CommandException(ErrorCode.MALFORMED_JSON, "payload is not valid JSON");
        }
        if (node == null || node.isMissingNode()) {
            return new CommandPayload(Json.STRICT.createObjectNode(), Optional.empty());
        }
        if (!node.isObject()) {
            throw new CommandException(ErrorCode.MALFORMED_JSON,
                    "payload must be a JSON object such as {\"alert_id\": \"...\"}, not " + kind(node));
        }
        ObjectNode args = (ObjectNode) node;
        // "since_seq": null is the field not given: an optional one takes its default, a required one is missing
        args.properties().removeIf(e -> e.getValue().isNull());
        JsonNode id = args.remove(REQUEST_ID);
        // any whole number a client counts with (a JavaScript timestamp, a 128-bit id) comes back digit for digit;
        // the parser has already bounded its length
        if (id != null && !(id.isTextual() && id.asText().length() <= 64 || id.isIntegralNumber())) {
            throw new CommandException(ErrorCode.WRONG_TYPE, "'request_id' must be a string of up to 64 characters "
                    + "or a whole number");
        }
        return new CommandPayload(args, Optional.ofNullable(id));
    }

    private static String kind(JsonNode n) {
        return switch (n.getNodeType()) {
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> n.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
