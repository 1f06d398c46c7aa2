package dev.rackd.app.alerts;

import dev.rackd.config.AlertSettings.Direction;
import dev.rackd.hal.Quality;
import dev.rackd.hal.Reading;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns each reading into level, rate and stale conditions on the book; an open level or rate alert's value and
 * words follow the readings ({@link AlertBook#holdAndFollow}). Engine thread only.
 */
final class ReadingRules {
    private final RuleBook rules;
    private final DeviceLabels labels;
    private final DeviceWatch watch;
    private final AlertBook book;
    private final Map<String, LevelTracker> levels = new HashMap<>();
    private final Map<String, RateTracker> rates = new HashMap<>();
    /** The worst reading of a level alert while critical, for a latched one's words once it falls. */
    private final Map<String, Double> peaks = new HashMap<>();

    ReadingRules(RuleBook rules, DeviceLabels labels, DeviceWatch watch, AlertBook book) {
        this.rules = rules;
        this.labels = labels;
        this.watch = watch;
        this.book = book;
    }

    void apply(Reading r) {
        String dev = r.deviceId();
        String metric = r.metric();
        String staleId = AlertIds.of(dev, metric, "stale");
        if (r.quality() != Quality.GOOD || !Double.isFinite(r.value())) {
            // a fault that keeps its number was measured, beyond what the device measures (a lost neutral's 400 V):
            // the domain reading it names that, and "no valid reading" would be a second alert for one problem
            boolean measured = r.quality() == Quality.FAULT && Double.isFinite(r.value());
            if (!measured && watch.metricOverdue(dev, metric, r.time())) {
                book.hold(new Condition(staleId, "stale", dev, metric, Severity.WARNING, null, null,
                        r.unit().symbol(), AlertWords.stale(labels.label(dev), metric,
                        watch.secondsWithoutGood(dev, metric, r.time())), false), r.time());
            }
            return;
        }
        watch.good(dev, metric, r.time());
        String label = labels.label(dev);
        if (book.holding(staleId)) {
            book.release(staleId, r.value(), AlertWords.fresh(label, metric, r.value(), r.unit()), r.time());
        }
        String offlineId = AlertIds.of(dev, "", RuleBook.OFFLINE);
        if (book.holding(offlineId)) {
            book.release(offlineId, null, AlertWords.online(label), r.time());
        }
        for (MetricRule rule : rules.rulesFor(dev, metric)) {
            level(r, rule);
            rule.ratePerMinute().ifPresent(limit -> rate(r, rule, limit));
        }
    }

    private void level(Reading r, MetricRule rule) {
        if (!rule.hasLevels()) {
            return;
        }
        String id = AlertIds.of(r.deviceId(), r.metric(), rule.levelRule());
        LevelTracker t = levels.computeIfAbsent(id,
                k -> new LevelTracker(rule, book.conditionOf(id).orElse(null)));
        Severity s = t.update(r.value(), r.time());
        boolean above = rule.direction() == Direction.ABOVE;
        if (s == Severity.CRITICAL) {
            peaks.merge(id, r.value(), above ? Math::max : Math::min);
        } else if (!book.latched(id)) {
            peaks.remove(id);
        }
        String label = labels.label(r.deviceId());
        if (s == null) {
            if (book.holding(id)) {
                String words = AlertWords.levelClear(label, r.metric(), r.value(), r.unit(),
                        t.limit(Severity.WARNING), above);
                book.release(id, r.value(), book.latched(id) ? words + latchedWords(id, r) : words, r.time());
            }
            return;
        }
        double limit = t.limit(s);
        String words = AlertWords.level(label, r.metric(), r.value(), r.unit(), limit, above);
        book.holdAndFollow(new Condition(id, rule.levelRule(), r.deviceId(), r.metric(), s, r.value(), limit,
                r.unit().symbol(), words, rule.latch(), rule.latch() ? words + latchedWords(id, r) : null),
                rule.valueStep(), r.time());
    }

    private String latchedWords(String id, Reading r) {
        return AlertWords.latched(peaks.get(id), r.unit(), r.metric());
    }

    private void rate(Reading r, MetricRule rule, double limit) {
        String id = AlertIds.of(r.deviceId(), r.metric(), "rate");
        RateTracker t = rates.computeIfAbsent(id, k -> new RateTracker());
        double signedLimit = rule.direction() == Direction.ABOVE ? limit : -limit;
        double slope = t.add(r.value(), r.time());
        if (!t.exceeds(slope, signedLimit, r.time(), rule.minDuration())) {
            if (book.holding(id)) { // a slope is known: only a slope clears it
                book.release(id, slope, AlertWords.rateClear(labels.label(r.deviceId()), r.metric(), slope, r.unit(),
                        signedLimit), r.time());
            }
            return;
        }
        if (Double.isNaN(slope)) {
            return;
        }
        book.holdAndFollow(new Condition(id, "rate", r.deviceId(), r.metric(), Severity.WARNING, slope, signedLimit,
                r.unit().symbol() + "/min", AlertWords.rate(labels.label(r.deviceId()), r.metric(), slope, r.unit(),
                signedLimit), false), limit / 10, r.time());
    }
}
