package dev.rackd.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Alert rules beyond the defaults each metric kind has.
 *
 * @param offlineAfterPolls a device with no valid reading for this many polls is offline
 * @param rules             matched in order; for each part of a rule (the limits above, the limits below, the
 *                          rate) the first rule matching a device and metric that sets that part wins, so a rule
 *                          that only sets a rate does not hide the limits of a later one
 */
public record AlertSettings(int offlineAfterPolls, List<AlertRule> rules) {
    public AlertSettings {
        rules = List.copyOf(rules);
    }

    /** The first rule that matches and sets a warning or critical limit in this direction. */
    public Optional<AlertRule> levelRule(String deviceId, String metric, Direction direction) {
        return rules.stream().filter(r -> r.matches(deviceId, metric) && r.direction() == direction && r.hasLevels())
                .findFirst();
    }

    /**
     * @param device    device id or glob ({@code amp-*})
     * @param metric    metric name or glob ({@code ch*_temperature})
     * @param direction ABOVE: alert when the value rises past a threshold; BELOW: when it falls under
     * @param ratePerMinute alert when the value changes faster than this per minute (same unit), if present
     * @param latch     critical stays until acknowledged even when the condition clears
     */
    public record AlertRule(
            String device,
            String metric,
            Direction direction,
            Optional<Double> warning,
            Optional<Double> critical,
            double hysteresis,
            Duration minDuration,
            Optional<Double> ratePerMinute,
            boolean latch) {

        public boolean matches(String deviceId, String metricName) {
            return Globs.matches(device, deviceId) && Globs.matches(metric, metricName);
        }

        public boolean hasLevels() {
            return warning.isPresent() || critical.isPresent();
        }
    }

    public enum Direction { ABOVE, BELOW }
}
