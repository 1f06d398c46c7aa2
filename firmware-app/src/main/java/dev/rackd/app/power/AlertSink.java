package dev.rackd.app.power;

import dev.rackd.app.alerts.Alerts;
import dev.rackd.app.alerts.Severity;
import java.util.Optional;

/** Turns a {@link Threshold}'s level into a raised, followed or cleared alert. */
final class AlertSink {
    private final Alerts alerts;

    AlertSink(Alerts alerts) {
        this.alerts = alerts;
    }

    /**
     * Called on every reading: while the level holds, the alert is at its severity with the limit of that severity,
     * its value and words following the reading by a tenth of the way from warning to critical, at most every 5 s;
     * when the level has just gone, it clears with this reading.
     *
     * @param changed whether this reading moved the level
     */
    void follow(Threshold t, boolean changed, String rule, String deviceId, String metric, double value,
            String message) {
        Optional<Severity> s = t.level();
        if (s.isPresent()) {
            alerts.level(rule, deviceId, metric, s.get(), value, t.limit(s.get()), message, t.step());
        } else if (changed) {
            alerts.clear(rule, deviceId, metric, value, message);
        }
    }

    /** As {@link #follow} with the threshold's own step, for a level worked out elsewhere. */
    void level(String rule, String deviceId, String metric, Severity severity, double value, double threshold,
            String message, double step) {
        alerts.level(rule, deviceId, metric, severity, value, threshold, message, step);
    }

    void clear(String rule, String deviceId, String metric, double value, String message) {
        alerts.clear(rule, deviceId, metric, value, message);
    }

    void raise(String rule, String deviceId, String metric, Severity severity, double value, double threshold,
            String message) {
        alerts.raise(rule, deviceId, metric, severity, value, threshold, message);
    }

    void clear(String rule, String deviceId, String metric) {
        alerts.clear(rule, deviceId, metric);
    }
}
