package dev.rackd.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rackd.app.command.ErrorCode;
import dev.rackd.app.command.Json;
import dev.rackd.app.command.Replies;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/** JSON in and out of the dashboard's API, in the command contract's dialect. */
final class HttpJson {
    static final String TYPE = "application/json; charset=utf-8";

    private HttpJson() {}

    static void send(Context ctx, int status, JsonNode body) {
        ctx.status(status).contentType(TYPE).result(bytes(body));
    }

    /** The command contract's error shape: {@code {"ok": false, "error": {"code", "message"}}}. */
    static void error(Context ctx, int status, ErrorCode code, String message) {
        send(ctx, status, Replies.error(code, message, Optional.empty()));
    }

    static byte[] bytes(JsonNode node) {
        try {
            return Json.MAPPER.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String string(JsonNode node) {
        try {
            return Json.MAPPER.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode object() {
        return Json.MAPPER.createObjectNode();
    }

    /** The HTTP status for a command reply: 200 when it worked, else what its error code means. */
    static int statusOf(JsonNode reply) {
        if (reply.path("ok").asBoolean(false)) {
            return 200;
        }
        String code = reply.path("error").path("code").asText("");
        for (ErrorCode c : ErrorCode.values()) {
            if (c.wireName().equals(code)) {
                return switch (c) {
                    case NOT_AUTHORISED -> 403;
                    case UNKNOWN_COMMAND, NOT_FOUND -> 404;
                    case DEVICE_OFFLINE, REFUSED -> 409;
                    case TOO_LARGE -> 413;
                    case BUSY -> 503;
                    case INTERNAL -> 500;
                    default -> 400;
                };
            }
        }
        return 500;
    }
}
