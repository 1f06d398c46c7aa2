package dev.rackd.app.alerts;

import dev.rackd.config.AlertSettings.AlertRule;
import dev.rackd.config.AlertSettings.Direction;
import java.time.Duration;
import java.util.Optional;

/**
 * The rule that applies to one device metric, wherever it came from.
 *
 * @param source for people reading history: "show file rule 3" or "default for temperatures"
 */
public record MetricRule(
        Direction direction,
        Optional<Double> warning,
        Optional<Double> critical,
        double hysteresis,
        Duration minDuration,
        Optional<Double> ratePerMinute,
        boolean latch,
        String source) {

    public static MetricRule of(AlertRule r, String source) {
        return new MetricRule(r.direction(), r.warning(), r.critical(), r.hysteresis(), r.minDuration(),
                r.ratePerMinute(), r.latch(), source);
    }

    static MetricRule above(double warning, double critical, double hysteresis, Duration minDuration,
            Optional<Double> ratePerMinute, boolean latch, String source) {
        return new MetricRule(Direction.ABOVE, Optional.of(warning), Optional.of(critical), hysteresis,
                minDuration, ratePerMinute, latch, source);
    }

    static MetricRule below(double warning, double critical, double hysteresis, Duration minDuration,
            boolean latch, String source) {
        return new MetricRule(Direction.BELOW, Optional.of(warning), Optional.of(critical), hysteresis,
                minDuration, Optional.empty(), latch, source);
    }

    public boolean hasLevels() {
        return warning.isPresent() || critical.isPresent();
    }

    /** This rule with only the parts it is the first to set for a metric: its limits, its rate, or both. */
    MetricRule keeping(boolean levels, boolean rate) {
        return new MetricRule(direction, levels ? warning : Optional.empty(), levels ? critical : Optional.empty(),
                hysteresis, minDuration, rate ? ratePerMinute : Optional.empty(), latch, source);
    }

    /**
     * How far a level alert's value moves before the crew is told the new one: a tenth of the way from warning to
     * critical (1 °C for 60/70 °C), else the hysteresis, else any change its words show.
     */
    double valueStep() {
        if (warning.isPresent() && critical.isPresent()) {
            return Math.abs(critical.get() - warning.get()) / 10;
        }
        return hysteresis;
    }

    /** The alert rule name of the level condition: "high" or "low". */
    public String levelRule() {
        return direction == Direction.ABOVE ? "high" : "low";
    }
}
