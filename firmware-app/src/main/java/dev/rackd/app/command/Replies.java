package dev.rackd.app.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/** The two reply shapes of the command contract. */
public final class Replies {
    private Replies() {}

    public static ObjectNode ok(JsonNode result, Optional<JsonNode> requestId) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("ok", true);
        n.set("result", result);
        requestId.ifPresent(id -> n.set(CommandPayload.REQUEST_ID, id));
        return n;
    }

    public static ObjectNode error(ErrorCode code, String message, Optional<JsonNode> requestId) {
        return error(new CommandException(code, message), requestId);
    }

    public static ObjectNode error(CommandException refusal, Optional<JsonNode> requestId) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("ok", false);
        ObjectNode e = n.putObject("error");
        e.put("code", refusal.code().wireName());
        e.put("message", refusal.getMessage());
        refusal.detail().ifPresent(d -> e.set("detail", d));
        requestId.ifPresent(id -> n.set(CommandPayload.REQUEST_ID, id));
        return n;
    }
}
