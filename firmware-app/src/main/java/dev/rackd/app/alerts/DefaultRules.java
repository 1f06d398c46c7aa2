package dev.rackd.app.alerts;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What rackd watches when the show file says nothing about a metric. Breaker load, the mains window and
 * the temperature sensors' limits are not here: the power domain judges those itself (see
 * {@link RuleBook}). The table is repeated in docs/alerts.md.
 */
final class DefaultRules {
    private static final Pattern TEMPERATURE = Pattern.compile("(.+_)?temperature");
    private static final Pattern BATTERY_BARS = Pattern.compile("(.+_)?battery_bars");
    private static final Pattern BATTERY_MINUTES = Pattern.compile("(.+_)?battery_minutes");

    /** Amplifier channels attenuate around 60 °C and mute around 65-70 °C. */
    static final MetricRule TEMPERATURES = MetricRule.above(60, 70, 3, Duration.ofSeconds(10), Optional.of(5.0),
            true, "default for temperatures");
    /** Receivers show 0-5 bars; at 2 the transmitter needs changing before the next song. */
    static final MetricRule BARS = MetricRule.below(2, 1, 0, Duration.ofSeconds(5), false,
            "default for battery bars");
    static final MetricRule MINUTES = MetricRule.below(30, 10, 2, Duration.ofSeconds(5), false,
            "default for battery minutes");

    private DefaultRules() {}

    static Optional<MetricRule> forMetric(String metric) {
        if (TEMPERATURE.matcher(metric).matches()) {
            return Optional.of(TEMPERATURES);
        }
        if (BATTERY_BARS.matcher(metric).matches()) {
            return Optional.of(BARS);
        }
        if (BATTERY_MINUTES.matcher(metric).matches()) {
            return Optional.of(MINUTES);
        }
        return Optional.empty();
    }

    static boolean isTemperature(String metric) {
        return TEMPERATURE.matcher(metric).matches();
    }
}
