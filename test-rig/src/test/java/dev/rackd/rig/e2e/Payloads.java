package dev.rackd.rig.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/** Reading what rackd publishes (telemetry, alerts, replies, events) in end-to-end tests. */
public final class Payloads {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Payloads() {}

    /** The payload as JSON; a test fails when it is not. */
    public static JsonNode node(String payload) {
        try {
            return JSON.readTree(payload);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + payload, e);
        }
    }

    /** A telemetry payload's {@code value}; NaN for null (a fault) or none. */
    public static double value(String payload) {
        JsonNode v = node(payload).get("value");
        return v == null || v.isNull() ? Double.NaN : v.asDouble();
    }

    /** A top-level field as text; empty when absent or when the payload is empty (a removed retained message). */
    public static String text(String payload, String field) {
        if (payload.isEmpty()) {
            return "";
        }
        JsonNode n = node(payload).get(field);
        return n == null ? "" : n.asText();
    }
}
