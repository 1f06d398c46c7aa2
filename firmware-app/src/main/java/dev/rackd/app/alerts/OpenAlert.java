package dev.rackd.app.alerts;

import java.time.Instant;

/** The mutable life of one alert inside the book (engine thread only). */
final class OpenAlert {
    final String id;
    String rule;
    String device;
    String metric;
    String unit;
    /** The condition's level now; null once it has gone. */
    Severity condition;
    /** What the crew sees: the condition, or critical while latched. */
    Severity severity;
    boolean latchedCritical;
    Double value;
    Double threshold;
    String message;
    Instant raisedAt;
    Instant clearedAt;
    String ackedBy;
    Instant ackedAt;
    boolean flapping;
    long seq;
    /** When its last event was; a restored alert's words may follow its value at once. */
    Instant changedAt = Instant.MIN;
    /** Flapping: when the condition went, if its clear is being held back. */
    Instant clearHeldSince;
    /** The condition as last held, in its own words: what a latched critical shows once acknowledged. */
    Condition held;
    /** The reading that cleared it, while its clear is held back (flapping): the clear carries it. */
    Double clearValue;
    String clearMessage;
    /** Restored at start and not yet seen again by a rule or a domain. */
    boolean unconfirmed;

    OpenAlert(String id) {
        this.id = id;
    }

    AlertStatus state() {
        if (condition != null) {
            return AlertStatus.ACTIVE;
        }
        return latchedCritical ? AlertStatus.LATCHED : AlertStatus.CLEARED;
    }

    /** Gone and nobody needs to look any more. */
    boolean closable() {
        return condition == null && !latchedCritical && (ackedBy != null || severity == Severity.INFO);
    }

    Alert snapshot(long count, AlertStatus state) {
        return new Alert(id, rule, severity, state, device, metric, value, threshold, unit, message, raisedAt,
                clearedAt, ackedBy, ackedAt, count, flapping, seq);
    }

    void take(Condition c) {
        rule = c.rule();
        device = c.device();
        metric = c.metric();
        unit = c.unit();
        value = c.value();
        threshold = c.threshold();
        message = c.message();
    }

    static OpenAlert restore(Alert a) {
        OpenAlert o = new OpenAlert(a.id());
        o.rule = a.rule();
        o.device = a.device();
        o.metric = a.metric();
        o.unit = a.unit();
        o.severity = a.severity();
        o.condition = a.state() == AlertStatus.ACTIVE ? a.severity() : null;
        // Whether its rule latches is not stored: an unacknowledged critical stays until acknowledged.
        o.latchedCritical = a.state() == AlertStatus.LATCHED
                || a.state() == AlertStatus.ACTIVE && a.severity() == Severity.CRITICAL && a.ackedBy() == null;
        o.value = a.value();
        o.threshold = a.threshold();
        o.message = a.message();
        o.raisedAt = a.raisedAt();
        o.clearedAt = a.clearedAt();
        o.ackedBy = a.ackedBy();
        o.ackedAt = a.ackedAt();
        o.flapping = a.flapping();
        o.seq = a.seq();
        o.unconfirmed = o.condition != null;
        return o;
    }
}
