package dev.rackd.hal;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential reconnect backoff with a cap and jitter, so twenty devices that lost the same switch
 * do not all knock at once when it comes back.
 */
public final class Backoff {
    private final long initialMillis;
    private final long maxMillis;
    private long nextMillis;

    public Backoff(Duration initial, Duration max) {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < initial <= max, got " + initial + " and " + max);
        }
        this.initialMillis = initial.toMillis();
        this.maxMillis = max.toMillis();
        this.nextMillis = initialMillis;
    }

    /** The wait before the next attempt; doubles each call up to the cap, with ±20 % jitter. */
    public Duration next() {
        long base = nextMillis;
        nextMillis = Math.min(maxMillis, nextMillis * 2);
        long jitter = base / 5;
        long wait = jitter == 0 ? base : base - jitter + ThreadLocalRandom.current().nextLong(2 * jitter + 1);
        return Duration.ofMillis(Math.min(maxMillis, wait));
    }

    /** After a success: start again from the initial wait. */
    public void reset() {
        nextMillis = initialMillis;
    }
}
