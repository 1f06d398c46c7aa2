package dev.rackd.app.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;

/**
 * How fast a metric moves, as the least-squares slope over a sliding window, so one noisy sample
 * neither raises nor clears a rate alert. The slope is known once the samples span half the window.
 */
final class RateTracker {
    static final Duration WINDOW = Duration.ofSeconds(60);
    /** A rate alert clears once the slope has fallen below this share of its limit. */
    static final double CLEAR_RATIO = 0.8;

    private record Sample(long millis, double value) {}

    private final ArrayDeque<Sample> samples = new ArrayDeque<>();
    private boolean alerting;

    /** @return per minute, or NaN until the window is half full */
    double add(double value, Instant time) {
        long t = time.toEpochMilli();
        if (!samples.isEmpty() && t <= samples.peekLast().millis()) {
            return slope(); // out of order or repeated: ignore
        }
        samples.addLast(new Sample(t, value));
        while (t - samples.peekFirst().millis() > WINDOW.toMillis()) {
            samples.removeFirst();
        }
        return slope();
    }

    /**
     * @param limitPerMinute positive: alert on rising at least this fast; negative: on falling
     * @return whether the rate condition holds after this slope
     */
    boolean exceeds(double slopePerMinute, double limitPerMinute) {
        if (Double.isNaN(slopePerMinute)) {
            return alerting;
        }
        double towardLimit = Math.signum(limitPerMinute) * slopePerMinute;
        double limit = Math.abs(limitPerMinute);
        alerting = alerting ? towardLimit >= limit * CLEAR_RATIO : towardLimit >= limit;
        return alerting;
    }

    private double slope() {
        if (samples.size() < 3
                || samples.peekLast().millis() - samples.peekFirst().millis() < WINDOW.toMillis() / 2) {
            return Double.NaN;
        }
        long t0 = samples.peekFirst().millis();
        double n = samples.size();
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (Sample s : samples) {
            double x = (s.millis() - t0) / 60_000.0;
            sx += x;
            sy += s.value();
            sxx += x * x;
            sxy += x * s.value();
        }
        double den = n * sxx - sx * sx;
        return den == 0 ? Double.NaN : (n * sxy - sx * sy) / den;
    }
}
