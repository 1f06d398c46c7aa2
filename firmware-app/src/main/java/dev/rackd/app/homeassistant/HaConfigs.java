package dev.rackd.app.homeassistant;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rackd.app.command.Json;
import dev.rackd.hal.Unit;

/**
 * The discovery payloads: one HA device per rack device (grouped under the rack itself), a sensor per
 * metric, a problem sensor per alert, and buttons for actions that are always safe.
 */
final class HaConfigs {
    private final String rackId;
    private final String rackName;
    private final String prefix;

    HaConfigs(String rackId, String rackName, String prefix) {
        this.rackId = rackId;
        this.rackName = rackName;
        this.prefix = prefix;
    }

    /** {@code rackd-<rack-id>}: the discovery node id and the rack's HA device id. */
    String node() {
        return "rackd-" + rackId;
    }

    String topic(String component, String objectId) {
        return "homeassistant/" + component + "/" + node() + "/" + objectId(objectId) + "/config";
    }

    ObjectNode sensor(String deviceId, String label, String model, String metric, Unit unit) {
        ObjectNode c = base(metric.replace('_', ' '), deviceId + "-" + metric);
        c.put("state_topic", prefix + "devices/" + deviceId + "/" + metric);
        c.put("value_template", "{{ value_json.value }}");
        if (!unit.symbol().isEmpty()) {
            c.put("unit_of_measurement", unit.symbol());
        }
        HaDeviceClass dc = HaDeviceClass.of(unit);
        dc.deviceClass().ifPresent(d -> c.put("device_class", d));
        c.put("state_class", dc.stateClass());
        c.put("json_attributes_topic", prefix + "devices/" + deviceId + "/" + metric);
        c.put("json_attributes_template", "{{ {'quality': value_json.quality, 'ts': value_json.ts} | tojson }}");
        availability(c, deviceId);
        c.set("device", device(deviceId, label, model));
        return c;
    }

    /** ON while the alert is active or latched; OFF once cleared or removed (an empty retained message). */
    ObjectNode problem(String alertId, String name, String deviceId, String label, String model) {
        ObjectNode c = base(name, "alert-" + alertId);
        c.put("state_topic", prefix + "alerts/" + alertId);
        c.put("value_template",
                "{{ 'ON' if (value | length > 0 and value_json.state in ['active', 'latched']) else 'OFF' }}");
        c.put("payload_on", "ON");
        c.put("payload_off", "OFF");
        c.put("device_class", "problem");
        c.put("json_attributes_topic", prefix + "alerts/" + alertId);
        c.put("json_attributes_template", "{{ ({'message': value_json.message, 'severity': value_json.severity, "
                + "'acked_by': value_json.acked_by, 'count': value_json.count}) | tojson if value | length > 0 "
                + "else '{}' }}");
        availability(c, null);
        c.set("device", deviceId == null ? rackDevice() : device(deviceId, label, model));
        return c;
    }

    /**
     * @param commandTopic where HA publishes the press: under its own username when the show file
     *                     lists one (the broker's ACL only lets it send as itself)
     */
    ObjectNode button(String objectId, String name, String commandTopic, String payload, String icon) {
        ObjectNode c = base(name, objectId);
        c.put("command_topic", commandTopic);
        c.put("payload_press", payload);
        c.put("icon", icon);
        availability(c, null);
        c.set("device", rackDevice());
        return c;
    }

    private ObjectNode base(String name, String uniqueSuffix) {
        ObjectNode c = Json.MAPPER.createObjectNode();
        c.put("name", name);
        c.put("unique_id", node() + "-" + objectId(uniqueSuffix));
        c.put("qos", 1);
        return c;
    }

    private void availability(ObjectNode c, String deviceId) {
        ArrayNode a = c.putArray("availability");
        a.addObject().put("topic", prefix + "status").put("payload_available", "online")
                .put("payload_not_available", "offline");
        if (deviceId != null) {
            a.addObject().put("topic", prefix + "devices/" + deviceId + "/online").put("payload_available", "true")
                    .put("payload_not_available", "false");
        }
        c.put("availability_mode", "all");
    }

    private ObjectNode device(String deviceId, String label, String model) {
        ObjectNode d = Json.MAPPER.createObjectNode();
        d.putArray("identifiers").add(node() + "-" + deviceId);
        d.put("name", label);
        d.put("manufacturer", "rackd");
        if (!model.isEmpty()) {
            d.put("model", model);
        }
        d.put("via_device", node());
        return d;
    }

    private ObjectNode rackDevice() {
        ObjectNode d = Json.MAPPER.createObjectNode();
        d.putArray("identifiers").add(node());
        d.put("name", rackName);
        d.put("manufacturer", "rackd");
        d.put("model", "rack controller");
        return d;
    }

    /** HA object ids: letters, digits, '_' and '-'. */
    static String objectId(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            b.append(ch < 128 && (Character.isLetterOrDigit(ch) || ch == '_' || ch == '-') ? ch : '_');
        }
        return b.toString();
    }
}
