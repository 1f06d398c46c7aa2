package dev.rackd.app.amps;

import dev.rackd.app.alerts.Alerts;
import dev.rackd.app.alerts.Severity;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Raises an amp's alerts only when something changes (a new alert, or a new value in the message) and clears
 * only what is active (and each alert once, in case it is open from before a restart), so a poll every second does
 * not flood the alert log. One per amp; callers hold its lock.
 */
final class AmpAlerter {
    private final Alerts alerts;
    private final String deviceId;
    private final Map<String, String> active = new HashMap<>();
    /** Keys cleared at least once in this run. */
    private final Set<String> settled = new HashSet<>();

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
        String key = rule + "/" + metric;
        // the first clear of a key goes out even if this run never raised it: an alert restored from before a
        // restart then closes at the first reading that is right again, not when the restore's grace runs out
        if (active.remove(key) != null || settled.add(key)) {
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
