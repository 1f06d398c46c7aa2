package dev.rackd.app.power;

import dev.rackd.app.alerts.Severity;
import java.util.Optional;

/**
 * One alert level with hysteresis: rises at once when a limit is crossed, falls back only once the value
 * is {@code hysteresis} clear of it, so a phase hovering at 80 % does not flap.
 */
final class Threshold {
    /** A change of level; {@code severity} empty means back to normal. */
    record Change(Optional<Severity> severity) {}

    private final double warning;
    private final double critical;
    private final double hysteresis;
    private final boolean above;
    private Severity level;

    /** @param above true when high values are bad (load, temperature), false when low values are */
    Threshold(double warning, double critical, double hysteresis, boolean above) {
        this.warning = warning;
        this.critical = critical;
        this.hysteresis = Math.abs(hysteresis);
        this.above = above;
    }

    double warning() {
        return warning;
    }

    double critical() {
        return critical;
    }

    double hysteresis() {
        return hysteresis;
    }

    /** The limit of a severity, for the alert's threshold and words. */
    double limit(Severity s) {
        return s == Severity.CRITICAL ? critical : warning;
    }

    /** How far the value moves before an open alert says the new one: a tenth of the way from warning to critical. */
    double step() {
        return Math.abs(critical - warning) / 10;
    }

    Optional<Severity> level() {
        return Optional.ofNullable(level);
    }

    /** @return the change, if this value moved the level */
    Optional<Change> update(double value) {
        Severity next = levelFor(value);
        if (next == level) {
            return Optional.empty();
        }
        level = next;
        return Optional.of(new Change(Optional.ofNullable(next)));
    }

    private Severity levelFor(double v) {
        double s = above ? v : -v;
        double w = above ? warning : -warning;
        double c = above ? critical : -critical;
        if (s >= c || level == Severity.CRITICAL && s > c - hysteresis) {
            return Severity.CRITICAL;
        }
        if (s >= w || level != null && s > w - hysteresis) {
            return Severity.WARNING;
        }
        return null;
    }
}
