package dev.rackd.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Alert rules beyond the defaults each metric kind has.
 *
 * @param offlineAfterPolls a device with no valid reading for this many polls is offline
 * @param rules             matched in order; the first rule matching a device and metric wins
 */
public record AlertSettings(int offlineAfterPolls, List<AlertRule> rules) {
    public AlertSettings {
        rules = List.copyOf(rules);
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
            boolean latch) {}

    public enum Direction { ABOVE, BELOW }
}
