package dev.rackd.app.amps;

import dev.rackd.app.alerts.Alerts;
import dev.rackd.app.alerts.Severity;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Alerts as the crew would see them: what is active now, and every raise in order. */
final class RecordingAlerts implements Alerts {
    record Alert(String rule, String deviceId, String metric, Severity severity, String message) {}

    final Map<String, Alert> active = new ConcurrentHashMap<>();
    final List<Alert> raised = new CopyOnWriteArrayList<>();
    /** Clears sent, whether or not anything was active. */
    volatile int cleared;

    @Override
    public void raise(String rule, String deviceId, String metric, Severity severity, double value, double threshold,
            String message) {
        Alert a = new Alert(rule, deviceId, metric, severity, message);
        active.put(rule + "/" + deviceId + "/" + metric, a);
        raised.add(a);
    }

    @Override
    public void clear(String rule, String deviceId, String metric) {
        cleared++;
        active.remove(rule + "/" + deviceId + "/" + metric);
    }

    @Override
    public void acknowledge(String rule, String deviceId, String metric, String user) {
        // acknowledged is not cleared: what is active stays active
    }

    List<String> messages() {
        return active.values().stream().map(Alert::message).sorted().toList();
    }
}
