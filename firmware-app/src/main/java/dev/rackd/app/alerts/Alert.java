package dev.rackd.app.alerts;

import java.time.Instant;

/**
 * One alert as the crew sees it (and as it is retained on the broker).
 *
 * @param id        stable per rule, device and metric: {@code amp-b.ch3_temperature.high}
 * @param rule      what kind of condition: high, low, rate, stale, offline, or a domain's rule name
 * @param metric    empty for whole-device alerts (offline)
 * @param value     the value now: a level or rate alert follows its readings (see docs/alerts.md), a domain's
 *                  takes what it raises with; null when there is none (offline)
 * @param threshold the limit it was measured against; null when there is none
 * @param raisedAt  when it fired (the time of the reading that fired it)
 * @param clearedAt when the condition went away; null while it holds
 * @param count     how many times this alert has fired, kept across restarts
 * @param flapping  fired often lately: clears are held back until the condition has stayed away
 * @param seq       sequence number of the last event that changed it
 */
public record Alert(
        String id,
        String rule,
        Severity severity,
        AlertStatus state,
        String device,
        String metric,
        Double value,
        Double threshold,
        String unit,
        String message,
        Instant raisedAt,
        Instant clearedAt,
        String ackedBy,
        Instant ackedAt,
        long count,
        boolean flapping,
        long seq) {}
