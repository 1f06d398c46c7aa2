package dev.rackd.app.power;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;

/**
 * The slope of a temperature over the last few minutes, by least squares, in °C per minute. A straight
 * line through a window is steadier than the difference of two readings of a sensor that resolves
 * 1/16 °C.
 */
final class TrendLine {
    private record Sample(Instant time, double value) {}

    private final Duration window;
    private final ArrayDeque<Sample> samples = new ArrayDeque<>();

    TrendLine(Duration window) {
        this.window = window;
    }

    void add(Instant time, double value) {
        samples.addLast(new Sample(time, value));
        while (samples.size() > 2 && samples.peekFirst().time().isBefore(time.minus(window))) {
            samples.removeFirst();
        }
    }

    /** °C per minute, or NaN until there are 4 samples spanning at least a quarter of the window. */
    double perMinute() {
        if (samples.size() < 4) {
            return Double.NaN;
        }
        Instant t0 = samples.peekFirst().time();
        if (Duration.between(t0, samples.peekLast().time()).compareTo(window.dividedBy(4)) < 0) {
            return Double.NaN;
        }
        double n = samples.size();
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (Sample s : samples) {
            double x = Duration.between(t0, s.time()).toMillis() / 60_000.0;
            sx += x;
            sy += s.value();
            sxx += x * x;
            sxy += x * s.value();
        }
        double d = n * sxx - sx * sx;
        return d == 0 ? Double.NaN : (n * sxy - sx * sy) / d;
    }
}
