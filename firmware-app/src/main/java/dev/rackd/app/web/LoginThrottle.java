package dev.rackd.app.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Slows down password guessing: after {@link #FAILURES} failed logins from one address within
 * {@link #WINDOW}, that address must wait until the oldest of them leaves the window. Bounded to
 * {@link #ADDRESSES} addresses (the least recently failing are forgotten first).
 */
final class LoginThrottle {
    static final int FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(5);
    static final int ADDRESSES = 1024;

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > ADDRESSES;
        }
    };

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this address must wait before trying again; zero when it may try now. */
    synchronized Duration waitFor(String address) {
        Deque<Instant> f = failures.get(address);
        if (f == null) {
            return Duration.ZERO;
        }
        Instant now = clock.instant();
        while (!f.isEmpty() && f.peekFirst().plus(WINDOW).isBefore(now)) {
            f.removeFirst();
        }
        if (f.size() < FAILURES) {
            return Duration.ZERO;
        }
        return Duration.between(now, f.peekFirst().plus(WINDOW));
    }

    synchronized void failed(String address) {
        failures.computeIfAbsent(address, a -> new ArrayDeque<>()).addLast(clock.instant());
        Deque<Instant> f = failures.get(address);
        while (f.size() > FAILURES) {
            f.removeFirst();
        }
    }

    synchronized void succeeded(String address) {
        failures.remove(address);
    }
}
