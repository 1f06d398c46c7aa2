package dev.rackd.app.alerts;

import dev.rackd.app.trend.TrendLine;
import java.time.Duration;
import java.time.Instant;

/**
 * How fast a metric moves, as the least-squares slope over a sliding window, so one noisy sample
 * neither raises nor clears a rate alert. The slope is known once the samples span half the window.
 */
final class RateTracker {
    static final Duration WINDOW = Duration.ofSeconds(60);
    /** A rate alert clears once the slope has fallen below this share of its limit. */
    static final double CLEAR_RATIO = 0.8;

    private final TrendLine trend = new TrendLine(WINDOW, WINDOW.dividedBy(2), 3);
    private boolean alerting;
    private Instant fastSince;

    /** @return per minute, or NaN until the window is half full */
    double add(double value, Instant time) {
        Instant last = trend.lastTime();
        if (last != null && !time.isAfter(last)) {
            return trend.perMinute().orElse(Double.NaN); // out of order or repeated: ignore
        }
        return trend.add(time, value).orElse(Double.NaN);
    }

    /** {@link #exceeds(double, double, Instant, Duration)} with no time to hold. */
    boolean exceeds(double slopePerMinute, double limitPerMinute) {
        return exceeds(slopePerMinute, limitPerMinute, Instant.EPOCH, Duration.ZERO);
    }

    /**
     * @param limitPerMinute positive: alert on rising at least this fast; negative: on falling
     * @param hold           how long the slope must stay at the limit before it counts (the rule's
     *                       {@code min_duration}): one jump tilts the line for a moment, and pages nobody
     * @return whether the rate condition holds after this slope
     */
    boolean exceeds(double slopePerMinute, double limitPerMinute, Instant time, Duration hold) {
        if (Double.isNaN(slopePerMinute)) {
            return alerting;
        }
        double towardLimit = Math.signum(limitPerMinute) * slopePerMinute;
        double limit = Math.abs(limitPerMinute);
        if (alerting) {
            alerting = towardLimit >= limit * CLEAR_RATIO;
            fastSince = alerting ? fastSince : null;
        } else if (towardLimit >= limit) {
            fastSince = fastSince == null ? time : fastSince;
            alerting = !time.isBefore(fastSince.plus(hold));
        } else {
            fastSince = null;
        }
        return alerting;
    }
}
