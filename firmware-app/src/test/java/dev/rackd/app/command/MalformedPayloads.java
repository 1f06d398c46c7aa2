package dev.rackd.app.command;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Bad commands of every kind a sender can produce, reproducibly from a seed: random bytes, the wrong
 * JSON types, absurd numbers, unknown and missing fields, oversized and deeply nested payloads. None of
 * them names a real alert, so none may change anything.
 */
final class MalformedPayloads {
    record Bad(String command, byte[] payload, String kind) {}

    private static final List<String> WRONG_FIELDS = List.of(
            "mute|{\"device\":5,\"channel\":2}", "mute|{\"device\":\"amp-b\",\"channel\":\"2\"}",
            "mute|{\"device\":\"amp-b\",\"channel\":2.5}", "mute|{\"device\":[\"amp-b\"],\"channel\":2}",
            "mute|{\"device\":\"\",\"channel\":2}", "mute|{\"device\":null,\"channel\":2}",
            "ack|{\"alert_id\":42}", "ack|{\"all\":\"yes\"}", "ack|{\"all\":false}", "ack|{\"all\":1}",
            "ack|{\"alert_id\":\"no.such.alert\"}", "ack|{\"alert_id\":\"x\",\"all\":true}",
            "history|{\"limit\":\"10\"}", "history|{\"limit\":0}", "history|{\"since_seq\":-1}",
            "history|{\"device\":{}}", "alerts|{\"device\":7}", "mute|{\"request_id\":{\"a\":1}}");
    private static final List<String> HUGE = List.of(
            "mute|{\"device\":\"amp-b\",\"channel\":1e308}", "mute|{\"device\":\"amp-b\",\"channel\":-1e400}",
            "mute|{\"device\":\"amp-b\",\"channel\":123456789012345678901234567890}",
            "history|{\"limit\":99999999999999999999}", "history|{\"since_seq\":1e999}",
            "mute|{\"device\":\"amp-b\",\"channel\":" + "9".repeat(80) + "}");
    private static final List<String> UNKNOWN_OR_MISSING = List.of(
            "mute|{\"device\":\"amp-b\",\"channel\":2,\"force\":true}", "mute|{\"device\":\"amp-b\"}", "mute|{}",
            "mute|", "ack|{}", "ack|{\"id\":\"amp-b.offline\"}", "history|{\"since\":3}", "alerts|{\"all\":true}",
            "nope|{}", "MUTE|{\"device\":\"amp-b\",\"channel\":2}", "mute_all|{}");
    private static final List<String> SHAPES = List.of("[]", "[{\"device\":\"amp-b\"}]", "\"mute\"", "42", "true",
            "null", "{\"device\":\"a\",\"device\":\"b\",\"channel\":1}", "{\"device\":\"amp-b\",\"channel\":2}}",
            "{'device':'amp-b'}", "{\"device\":\"amp-b\",\"channel\":2,}", "{\"device\":\"amp-b\" \"channel\":2}");

    private final Random random;

    MalformedPayloads(long seed) {
        random = new Random(seed);
    }

    Bad next() {
        return switch (random.nextInt(7)) {
            case 0 -> randomBytes();
            case 1 -> pick(WRONG_FIELDS, "wrong type");
            case 2 -> pick(HUGE, "huge number");
            case 3 -> pick(UNKNOWN_OR_MISSING, "unknown or missing");
            case 4 -> new Bad(command(), bytes(SHAPES.get(random.nextInt(SHAPES.size()))), "not an object");
            case 5 -> oversized();
            default -> nested();
        };
    }

    private Bad randomBytes() {
        byte[] b = new byte[1 + random.nextInt(200)];
        random.nextBytes(b);
        b[0] = (byte) (random.nextBoolean() ? 0x01 : 'x'); // never accidentally a JSON object
        return new Bad(command(), b, "random bytes");
    }

    private Bad oversized() {
        byte[] b = new byte[CommandPayload.MAX_BYTES + 1 + random.nextInt(4096)];
        b[0] = '{';
        for (int i = 1; i < b.length; i++) {
            b[i] = ' ';
        }
        b[b.length - 1] = '}';
        return new Bad(command(), b, "oversized");
    }

    private Bad nested() {
        int depth = 17 + random.nextInt(200);
        return new Bad(command(), bytes("{\"a\":" + "[".repeat(depth) + "]".repeat(depth) + "}"), "deep nesting");
    }

    private Bad pick(List<String> list, String kind) {
        String[] parts = list.get(random.nextInt(list.size())).split("\\|", 2);
        return new Bad(parts[0], bytes(parts[1]), kind);
    }

    private String command() {
        return List.of("mute", "ack", "history").get(random.nextInt(3));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
