package dev.rackd.app.alerts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rackd.app.command.Json;
import dev.rackd.app.command.WireTime;
import java.io.UncheckedIOException;

/** The wire form of alerts and events (the examples in docs/alerts.md). */
public final class AlertJson {
    private AlertJson() {}

    /** The retained message on {@code alerts/<alert-id>}. */
    public static byte[] alert(Alert a) {
        return bytes(Json.MAPPER.valueToTree(a));
    }

    /** The message on {@code events}: {@code seq}, {@code type}, {@code ts} and the alert's fields. */
    public static ObjectNode event(AlertEvent e) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("seq", e.seq());
        n.put("type", e.type().name().toLowerCase(java.util.Locale.ROOT));
        n.put("ts", WireTime.format(e.time()));
        n.setAll((ObjectNode) Json.MAPPER.valueToTree(e.alert()));
        return n;
    }

    public static byte[] bytes(Object node) {
        try {
            return Json.MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
