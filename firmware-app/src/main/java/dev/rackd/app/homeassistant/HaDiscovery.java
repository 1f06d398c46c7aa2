package dev.rackd.app.homeassistant;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rackd.app.alerts.AlertEvent;
import dev.rackd.app.alerts.AlertIds;
import dev.rackd.app.alerts.AlertListener;
import dev.rackd.app.alerts.DeviceLabels;
import dev.rackd.app.alerts.MetricRule;
import dev.rackd.app.alerts.RuleBook;
import dev.rackd.app.command.Json;
import dev.rackd.app.core.Messaging;
import dev.rackd.app.core.RackState;
import dev.rackd.config.AlertSettings.Direction;
import dev.rackd.config.ShowFile;
import dev.rackd.hal.Reading;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Home Assistant MQTT discovery: the rack appears in HA with its devices, units and device classes and
 * no YAML there. Each config is retained under {@code homeassistant/<component>/rackd-<rack-id>/...};
 * all of them go out again after every connect and whenever HA says {@code online} on
 * {@code homeassistant/status} (HA restarted and may have lost them).
 */
public final class HaDiscovery implements AlertListener {
    private static final Logger LOG = LoggerFactory.getLogger(HaDiscovery.class);
    static final String HA_STATUS = "homeassistant/status";
    /** The username HA logs in with, if the show file lists it: HA then sends commands as itself. */
    static final String HA_USER = "homeassistant";

    private final Messaging mqtt;
    private final RackState state;
    private final RuleBook rules;
    private final DeviceLabels labels;
    private final HaConfigs configs;
    private final String ackTopic;
    /** Everything announced so far, topic to payload, for re-announcing. */
    private final Map<String, byte[]> announced = new ConcurrentHashMap<>();

    public HaDiscovery(ShowFile show, Messaging mqtt, RackState state, RuleBook rules, DeviceLabels labels) {
        this.mqtt = mqtt;
        this.state = state;
        this.rules = rules;
        this.labels = labels;
        this.configs = new HaConfigs(show.rack().id(), show.rack().name(), mqtt.prefix());
        this.ackTopic = mqtt.prefix() + "cmd/ack" + (show.auth().users().containsKey(HA_USER) ? "/" + HA_USER : "");
        announce(configs.topic("button", "ack_all"), configs.button("ack_all", "Acknowledge all alerts", ackTopic,
                "{\"all\":true}", "mdi:bell-check"));
        show.deviceIds().forEach(id -> problem(AlertIds.of(id, "", RuleBook.OFFLINE), "offline", id));
    }

    public void start() {
        state.all().forEach(this::seen);
        state.onReading(this::seen);
        mqtt.subscribe(HA_STATUS, m -> {
            if ("online".equals(new String(m.payload(), StandardCharsets.UTF_8).strip())) {
                republish();
            }
        });
        mqtt.onConnect(this::republish);
    }

    /** A domain's alert nobody could know in advance gets its problem sensor when it first fires. */
    @Override
    public void changed(AlertEvent e) {
        if (e.type() == AlertEvent.Type.RAISE) {
            String id = e.alert().id();
            if (!announced.containsKey(configs.topic("binary_sensor", id))) {
                problem(id, (e.alert().metric().isEmpty() ? "" : e.alert().metric().replace('_', ' ') + " ")
                        + e.alert().rule(), e.alert().device());
            }
        }
    }

    /** Sends every config again. */
    public void republish() {
        announced.forEach((topic, payload) -> mqtt.publish(topic, payload, 1, true));
    }

    private void seen(Reading r) {
        String topic = configs.topic("sensor", r.deviceId() + "_" + r.metric());
        if (announced.containsKey(topic)) {
            return; // the common case, on a driver's thread: one map lookup
        }
        try {
            String dev = r.deviceId();
            announce(topic, configs.sensor(dev, labels.label(dev), labels.model(dev), r.metric(), r.unit()));
            rules.rulesFor(dev, r.metric()).forEach(rule -> alertsOf(dev, r.metric(), rule));
        } catch (RuntimeException e) {
            LOG.error("Home Assistant discovery for {}/{} failed: {}", r.deviceId(), r.metric(), e.toString());
        }
    }

    private void alertsOf(String dev, String metric, MetricRule rule) {
        String words = metric.replace('_', ' ');
        if (rule.hasLevels()) {
            problem(AlertIds.of(dev, metric, rule.levelRule()), words + " " + rule.levelRule(), dev);
        }
        if (rule.ratePerMinute().isPresent()) {
            problem(AlertIds.of(dev, metric, "rate"),
                    words + (rule.direction() == Direction.ABOVE ? " rising fast" : " falling fast"), dev);
        }
    }

    private void problem(String alertId, String name, String deviceId) {
        boolean known = deviceId != null && !deviceId.isEmpty();
        announce(configs.topic("binary_sensor", alertId), configs.problem(alertId, name, known ? deviceId : null,
                known ? labels.label(deviceId) : null, known ? labels.model(deviceId) : ""));
    }

    private void announce(String topic, ObjectNode config) {
        byte[] payload;
        try {
            payload = Json.MAPPER.writeValueAsBytes(config);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        if (announced.putIfAbsent(topic, payload) == null) {
            mqtt.publish(topic, payload, 1, true);
        }
    }
}
