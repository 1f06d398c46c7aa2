package dev.rackd.app.power;

import dev.rackd.app.alerts.Alerts;
import dev.rackd.app.alerts.Severity;
import java.util.Optional;

/** Turns a {@link Threshold} change into a raised or cleared alert. */
final class AlertSink {
    private final Alerts alerts;

    AlertSink(Alerts alerts) {
        this.alerts = alerts;
    }

    /** Raises with the message for the new level, or clears when the level went back to normal. */
    void apply(Threshold.Change change, String rule, String deviceId, String metric, double value,
            double threshold, String message) {
        Optional<Severity> s = change.severity();
        if (s.isPresent()) {
            alerts.raise(rule, deviceId, metric, s.get(), value, threshold, message);
        } else {
            alerts.clear(rule, deviceId, metric);
        }
    }

    void raise(String rule, String deviceId, String metric, Severity severity, double value, double threshold,
            String message) {
        alerts.raise(rule, deviceId, metric, severity, value, threshold, message);
    }

    void clear(String rule, String deviceId, String metric) {
        alerts.clear(rule, deviceId, metric);
    }
}
