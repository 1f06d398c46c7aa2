package dev.rackd.app.alerts;

import dev.rackd.config.AlertSettings.Direction;
import java.time.Duration;
import java.time.Instant;

/**
 * The warning/critical level of one metric under one rule. A level is reached only once the value has
 * stayed past its limit for the rule's minimum duration (a single spike pages nobody); it is left as soon
 * as the value is back past the limit by the hysteresis.
 */
final class LevelTracker {
    private final MetricRule rule;
    private Severity level;
    private Instant warningSince;
    private Instant criticalSince;

    LevelTracker(MetricRule rule, Severity restored) {
        this.rule = rule;
        this.level = restored;
    }

    /** @return the level after this value: null (none), WARNING or CRITICAL */
    Severity update(double value, Instant time) {
        boolean pastWarning = past(value, rule.warning().orElse(Double.NaN), 0);
        boolean pastCritical = past(value, rule.critical().orElse(Double.NaN), 0);
        warningSince = rule.warning().isPresent() && (pastWarning || pastCritical) ? first(warningSince, time) : null;
        criticalSince = pastCritical ? first(criticalSince, time) : null;

        Severity reached = held(criticalSince, time) ? Severity.CRITICAL
                : held(warningSince, time) ? Severity.WARNING : null;
        if (rank(reached) > rank(level)) {
            level = reached;
        } else {
            Severity kept = levelAt(value, rule.hysteresis());
            if (rank(kept) < rank(level)) {
                level = kept;
            }
        }
        return level;
    }

    /** The limit of a level, for the crew's message. */
    double limit(Severity s) {
        return (s == Severity.CRITICAL ? rule.critical() : rule.warning())
                .or(rule::warning).or(rule::critical).orElse(Double.NaN);
    }

    private Severity levelAt(double value, double slack) {
        if (past(value, rule.critical().orElse(Double.NaN), slack)) {
            return Severity.CRITICAL;
        }
        return past(value, rule.warning().orElse(Double.NaN), slack) ? Severity.WARNING : null;
    }

    /** Past the limit (moved toward normal by {@code slack}); a missing limit (NaN) is never past. */
    private boolean past(double value, double limit, double slack) {
        return rule.direction() == Direction.ABOVE ? value >= limit - slack : value <= limit + slack;
    }

    private boolean held(Instant since, Instant now) {
        return since != null && !Duration.between(since, now).minus(rule.minDuration()).isNegative();
    }

    private static Instant first(Instant since, Instant now) {
        return since == null ? now : since;
    }

    static int rank(Severity s) {
        return s == null ? -1 : s.ordinal();
    }
}
