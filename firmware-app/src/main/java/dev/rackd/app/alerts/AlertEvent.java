package dev.rackd.app.alerts;

import java.time.Instant;

/**
 * A change in an alert's life, published on {@code rackd/<rack-id>/events} and kept in the history.
 *
 * @param seq   strictly increasing over rackd's whole life (it may jump after a restart, never repeats)
 * @param time  when it happened, kept as is through buffering and replays
 * @param alert the alert as it is after the change
 */
public record AlertEvent(long seq, Type type, Instant time, Alert alert) {
    public enum Type {
        /** Fired: new, or back after it had cleared. */
        RAISE,
        /** Severity, flapping, the words (from a domain) or the value (a level or rate rule's) changed. */
        UPDATE,
        /** The condition went away (the alert may stay latched). */
        CLEAR,
        /** Somebody acknowledged it. */
        ACK
    }
}
