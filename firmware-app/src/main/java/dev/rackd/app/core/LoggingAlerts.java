package dev.rackd.app.core;

import dev.rackd.app.alerts.Alerts;
import dev.rackd.app.alerts.Severity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PLACEHOLDER until the alerts service lands: writes domain alerts to the log only (no MQTT, no
 * hysteresis, no acknowledge). It exists so the service runs; {@link RackService} creates it in one place.
 */
public final class LoggingAlerts implements Alerts {
    private static final Logger log = LoggerFactory.getLogger(LoggingAlerts.class);

    @Override
    public void raise(String rule, String deviceId, String metric, Severity severity, double value,
            double threshold, String message) {
        switch (severity) {
            case CRITICAL, WARNING -> log.warn("ALERT {} [{}] {}/{}: {}", severity.wireName(), rule, deviceId, metric,
                    message);
            case INFO -> log.info("alert info [{}] {}/{}: {}", rule, deviceId, metric, message);
        }
    }

    @Override
    public void clear(String rule, String deviceId, String metric) {
        log.info("alert cleared [{}] {}/{}", rule, deviceId, metric);
    }
}
