package dev.rackd.app.amps;

import dev.rackd.app.alerts.Alerts;
import dev.rackd.app.alerts.Severity;
import java.util.HashMap;
import java.util.Map;

/**
 * Raises an amp's alerts only when something changes (a new alert, or a new value in the message) and clears
 * only what is active, so a poll every second does not flood the alert log. One per amp; callers hold its lock.
 */
final class AmpAlerter {
    private final Alerts alerts;
    private final String deviceId;
    private final Map<String, String> active = new HashMap<>();

    AmpAlerter(Alerts alerts, String deviceId) {
        this.alerts = alerts;
        this.deviceId = deviceId;
    }

    void raise(String rule, String metric, Severity severity, double value, double threshold, String message) {
        String key = rule + "/" + metric;
        if (!message.equals(active.put(key, message))) {
            alerts.raise(rule, deviceId, metric, severity, value, threshold, message);
        }
    }

    void clear(String rule, String metric) {
        if (active.remove(rule + "/" + metric) != null) {
            alerts.clear(rule, deviceId, metric);
        }
    }

    void acknowledge(String rule, String metric, String user) {
        alerts.acknowledge(rule, deviceId, metric, user);
    }

    boolean active(String rule, String metric) {
        return active.containsKey(rule + "/" + metric);
    }
}
