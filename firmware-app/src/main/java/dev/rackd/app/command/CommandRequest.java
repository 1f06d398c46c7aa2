package dev.rackd.app.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rackd.config.AuthSettings.Role;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;

/**
 * One parsed, authorised command and typed access to its fields. Every accessor refuses a wrong field
 * with the contract's error code and a message that says what is allowed.
 *
 * @param user who sent it (MQTT username, certificate CN, web login or "cli")
 */
public record CommandRequest(String name, ObjectNode args, String user, Role role) {

    /** Refuses any field not named here. Call first in a handler. */
    public CommandRequest allowOnly(String... fields) throws CommandException {
        Set<String> allowed = Set.of(fields);
        for (Iterator<String> it = args.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                throw new CommandException(ErrorCode.UNKNOWN_FIELD, "'" + name + "' has no field '" + f + "'; "
                        + (fields.length == 0 ? "it takes no fields" : "allowed: " + String.join(", ", sorted(fields))));
            }
        }
        return this;
    }

    public String requireString(String field) throws CommandException {
        JsonNode n = require(field);
        if (!n.isTextual() || n.asText().isBlank()) {
            throw wrongType(field, "a non-empty string");
        }
        return n.asText();
    }

    public Optional<String> optionalString(String field) throws CommandException {
        return args.has(field) ? Optional.of(requireString(field)) : Optional.empty();
    }

    public double requireNumber(String field, double min, double max) throws CommandException {
        JsonNode n = require(field);
        if (!n.isNumber()) {
            throw wrongType(field, "a number from " + fmt(min) + " to " + fmt(max));
        }
        double v = n.asDouble();
        if (!Double.isFinite(v) || v < min || v > max) {
            throw new CommandException(ErrorCode.OUT_OF_RANGE,
                    "'" + field + "' is " + n.asText() + "; allowed: " + fmt(min) + " to " + fmt(max));
        }
        return v;
    }

    public int requireInt(String field, int min, int max) throws CommandException {
        JsonNode n = require(field);
        if (!n.isIntegralNumber()) {
            throw wrongType(field, "a whole number from " + min + " to " + max);
        }
        if (!n.canConvertToInt() || n.asInt() < min || n.asInt() > max) {
            throw new CommandException(ErrorCode.OUT_OF_RANGE,
                    "'" + field + "' is " + n.asText() + "; allowed: " + min + " to " + max);
        }
        return n.asInt();
    }

    public long requireLong(String field, long min, long max) throws CommandException {
        JsonNode n = require(field);
        if (!n.isIntegralNumber()) {
            throw wrongType(field, "a whole number from " + min + " to " + max);
        }
        if (!n.canConvertToLong() || n.asLong() < min || n.asLong() > max) {
            throw new CommandException(ErrorCode.OUT_OF_RANGE,
                    "'" + field + "' is " + n.asText() + "; allowed: " + min + " to " + max);
        }
        return n.asLong();
    }

    /** {@link #requireInt} when the field is there, {@code fallback} when it is not. */
    public int optionalInt(String field, int min, int max, int fallback) throws CommandException {
        return args.has(field) ? requireInt(field, min, max) : fallback;
    }

    /**
     * For a command that silences or moves what may be playing: refused, saying what it would do, unless the sender
     * added {@code "confirm": true}. One stray or mistyped message must not end a show.
     */
    public void requireConfirm(String whatItDoes) throws CommandException {
        if (!optionalBoolean("confirm", false)) {
            throw new CommandException(ErrorCode.REFUSED, whatItDoes + "; send \"confirm\": true to do it");
        }
    }

    public boolean optionalBoolean(String field, boolean fallback) throws CommandException {
        if (!args.has(field)) {
            return fallback;
        }
        JsonNode n = args.get(field);
        if (!n.isBoolean()) {
            throw wrongType(field, "true or false");
        }
        return n.asBoolean();
    }

    /** A string field that must be one of the given words. */
    public String requireOneOf(String field, String... allowed) throws CommandException {
        String v = requireString(field);
        if (Arrays.asList(allowed).contains(v)) {
            return v;
        }
        throw new CommandException(ErrorCode.OUT_OF_RANGE,
                "'" + field + "' is '" + v + "'; allowed: " + String.join(", ", allowed));
    }

    private JsonNode require(String field) throws CommandException {
        JsonNode n = args.get(field);
        if (n == null || n.isNull()) {
            throw new CommandException(ErrorCode.MISSING_FIELD, "'" + name + "' needs the field '" + field + "'");
        }
        return n;
    }

    private CommandException wrongType(String field, String expected) {
        return new CommandException(ErrorCode.WRONG_TYPE, "'" + field + "' must be " + expected);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static String[] sorted(String[] a) {
        String[] c = a.clone();
        Arrays.sort(c);
        return c;
    }
}
