package dev.rackd.app.trend;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.OptionalDouble;

/**
 * How fast a value moves, in units per minute: the least-squares slope over a sliding window. A straight
 * line through a window is steadier than the difference of two readings of a sensor that resolves 1/16 °C,
 * and one noisy sample neither raises nor clears an alert on it. The slope is known once at least
 * {@code minSamples} samples span at least {@code minSpan}. A sample earlier than the last one means the
 * clock went back: the line starts again rather than draw itself through the jump. Not thread-safe: one
 * owner feeds it.
 */
public final class TrendLine {
    private static final double NANOS_PER_MINUTE = 60e9;

    private record Sample(Instant time, double value) {}

    private final Duration window;
    private final Duration minSpan;
    private final int minSamples;
    private final Deque<Sample> samples = new ArrayDeque<>();

    /**
     * @param window     how far back samples count
     * @param minSpan    how much time the samples must cover before a slope means anything
     * @param minSamples how many samples at least (two or more)
     */
    public TrendLine(Duration window, Duration minSpan, int minSamples) {
        if (window.isNegative() || window.isZero() || minSpan.compareTo(window) > 0 || minSamples < 2) {
            throw new IllegalArgumentException("trend window " + window + ", span " + minSpan + ", samples "
                    + minSamples);
        }
        this.window = window;
        this.minSpan = minSpan;
        this.minSamples = minSamples;
    }

    /** Adds a sample; returns the slope per minute once there is enough history. */
    public OptionalDouble add(Instant time, double value) {
        if (!samples.isEmpty() && time.isBefore(samples.peekLast().time())) {
            samples.clear();
        }
        samples.addLast(new Sample(time, value));
        Instant oldest = time.minus(window);
        while (samples.peekFirst().time().isBefore(oldest)) {
            samples.removeFirst();
        }
        return perMinute();
    }

    /** The slope per minute over the samples in the window, or empty until there is enough history. */
    public OptionalDouble perMinute() {
        if (samples.size() < minSamples) {
            return OptionalDouble.empty();
        }
        Instant t0 = samples.peekFirst().time();
        if (Duration.between(t0, samples.peekLast().time()).compareTo(minSpan) < 0) {
            return OptionalDouble.empty();
        }
        double n = samples.size();
        // values taken from the first one: a steady 30.1 °C then sums to exactly 0 and reads 0 °C/min, not the
        // 1e-13 that the cancellation of large sums leaves
        double y0 = samples.peekFirst().value();
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (Sample s : samples) {
            double x = Duration.between(t0, s.time()).toNanos() / NANOS_PER_MINUTE;
            double y = s.value() - y0;
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        double den = n * sxx - sx * sx;
        return den == 0 ? OptionalDouble.empty() : OptionalDouble.of((n * sxy - sx * sy) / den);
    }

    /** The time of the newest sample, or null before the first. */
    public Instant lastTime() {
        return samples.isEmpty() ? null : samples.peekLast().time();
    }
}
