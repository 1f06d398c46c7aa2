package dev.rackd.app.power;

import dev.rackd.app.alerts.Alerts;
import dev.rackd.app.alerts.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Active alerts by rule/device/metric, and every raise in order. */
final class RecordingAlerts implements Alerts {
    record Raised(String rule, String deviceId, String metric, Severity severity, double value, String message) {}

    final Map<String, Raised> active = new ConcurrentHashMap<>();
    final List<Raised> history = new CopyOnWriteArrayList<>();

    @Override
    public void raise(String rule, String deviceId, String metric, Severity severity, double value, double threshold,
            String message) {
        Raised r = new Raised(rule, deviceId, metric, severity, value, message);
        active.put(rule + "/" + deviceId + "/" + metric, r);
        history.add(r);
    }

    @Override
    public void clear(String rule, String deviceId, String metric) {
        active.remove(rule + "/" + deviceId + "/" + metric);
    }

    @Override
    public void acknowledge(String rule, String deviceId, String metric, String user) {
        // acknowledged is not cleared: what is active stays active
    }

    Optional<Raised> active(String rule, String deviceId, String metric) {
        return Optional.ofNullable(active.get(rule + "/" + deviceId + "/" + metric));
    }

    List<Raised> raised(String rule) {
        return history.stream().filter(r -> r.rule().equals(rule)).toList();
    }
}
