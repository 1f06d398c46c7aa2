package dev.rackd.app.amps;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.OptionalDouble;

/**
 * How fast a channel heats or cools, in °C per minute: the least-squares slope of its temperature over the
 * last {@code window}, once the samples span at least {@code minSpan} (a slope over two seconds of 0.1 °C
 * steps is noise).
 */
final class TemperatureTrend {
    private record Sample(Instant time, double celsius) {}

    private final Duration window;
    private final Duration minSpan;
    private final Deque<Sample> samples = new ArrayDeque<>();

    TemperatureTrend(Duration window, Duration minSpan) {
        this.window = window;
        this.minSpan = minSpan;
    }

    /** Adds a sample; returns the slope in °C/min once there is enough history. */
    OptionalDouble add(Instant time, double celsius) {
        if (!samples.isEmpty() && time.isBefore(samples.peekLast().time())) {
            samples.clear(); // the clock went back: start again rather than draw a line through it
        }
        samples.addLast(new Sample(time, celsius));
        while (samples.peekFirst().time().isBefore(time.minus(window))) {
            samples.removeFirst();
        }
        Sample first = samples.peekFirst();
        if (samples.size() < 3 || Duration.between(first.time(), time).compareTo(minSpan) < 0) {
            return OptionalDouble.empty();
        }
        double n = samples.size();
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (Sample s : samples) {
            double x = Duration.between(first.time(), s.time()).toNanos() / 60e9;
            sx += x;
            sy += s.celsius();
            sxx += x * x;
            sxy += x * s.celsius();
        }
        double den = n * sxx - sx * sx;
        return den == 0 ? OptionalDouble.empty() : OptionalDouble.of((n * sxy - sx * sy) / den);
    }
}
