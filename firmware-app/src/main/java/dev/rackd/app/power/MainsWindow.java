package dev.rackd.app.power;

import dev.rackd.app.alerts.Severity;
import dev.rackd.config.MainsSettings;
import dev.rackd.config.MainsSettings.MainsMode;
import dev.rackd.hal.Quality;
import dev.rackd.hal.Reading;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Is the supply fit to run a show? Voltage within nominal ± its tolerance (EN 50160: ±10 %), frequency
 * within nominal ± 1 % on the grid or ± 2 % on a generator (from the show file's mains settings). Outside
 * the window is a warning; beyond one and a half times the tolerance, critical. A voltage beyond what its meter
 * measures (a fault reading that kept its number) is critical from the second such reading in a row.
 */
final class MainsWindow {
    static final String VOLTAGE_RULE = "power.voltage";
    static final String FREQUENCY_RULE = "power.frequency";
    /** The device of the frequency alert: the rack's supply, not one meter. */
    static final String MAINS = "mains";

    private final MainsSettings mains;
    private final Function<String, String> labels;
    private final AlertSink alerts;
    private final Duration fresh;
    private final double vLow;
    private final double vHigh;
    private final double fLow;
    private final double fHigh;
    private final Map<String, Window> windows = new TreeMap<>(); // by meter id: the frequency alert names them in order
    private final Map<String, Reading> latest = new TreeMap<>(); // L1 before L2: reports name the first
    private final Map<String, Integer> beyondRun = new HashMap<>(); // voltage faults with a number, in a row
    private final Map<String, Range> ranges = new HashMap<>(); // of the meters whose voltage went beyond

    /** The voltages a meter measures (its datasheet's range). */
    record Range(double low, double high) {}

    /** Both sides of one value's window. */
    private record Window(Threshold low, Threshold high) {
        /** The side whose level holds (never both), else either. */
        Threshold holding() {
            return high.level().isPresent() ? high : low;
        }
    }

    /** @param labels a meter's label by its id */
    MainsWindow(MainsSettings mains, Function<String, String> labels, AlertSink alerts, Duration fresh) {
        this.mains = mains;
        this.labels = labels;
        this.alerts = alerts;
        this.fresh = fresh;
        double vt = mains.voltageTolerancePercent() / 100;
        double ft = mains.frequencyTolerancePercent() / 100;
        vLow = mains.nominalVoltage() * (1 - vt);
        vHigh = mains.nominalVoltage() * (1 + vt);
        fLow = mains.nominalFrequencyHz() * (1 - ft);
        fHigh = mains.nominalFrequencyHz() * (1 + ft);
    }

    /** A phase voltage ({@code lN_voltage}) or the {@code frequency} of a meter. */
    void accept(Reading r) {
        Integer beyond = beyondRun.remove(r.deviceId() + "/" + r.metric());
        latest.put(r.deviceId() + "/" + r.metric(), r);
        boolean voltage = r.metric().endsWith("_voltage");
        double nominal = voltage ? mains.nominalVoltage() : mains.nominalFrequencyHz();
        double low = voltage ? vLow : fLow;
        double high = voltage ? vHigh : fHigh;
        double hysteresis = (high - low) / 20;
        Window w = windows.computeIfAbsent(r.deviceId() + "/" + r.metric(), k -> new Window(
                new Threshold(low, nominal - 1.5 * (nominal - low), hysteresis, false),
                new Threshold(high, nominal + 1.5 * (high - nominal), hysteresis, true)));
        boolean said = beyond != null && beyond >= 2; // the alert said the fault: the window's level, or none, follows
        boolean changed = w.low().update(r.value()).isPresent() | w.high().update(r.value()).isPresent() | said;
        if (voltage) {
            alerts.follow(w.holding(), changed, VOLTAGE_RULE, r.deviceId(), r.metric(), r.value(), describe(r));
        } else {
            frequency(r, changed);
        }
    }

    /**
     * A phase voltage ({@code lN_voltage}) of quality fault: with its number, beyond what the meter measures, critical
     * from the second in a row (one corrupted answer must not trip it); without one, a corrupted answer that ends a run.
     *
     * @param range what the meter measures
     */
    void fault(Reading r, Range range) {
        String key = r.deviceId() + "/" + r.metric();
        if (!Double.isFinite(r.value())) {
            beyondRun.remove(key);
            return;
        }
        if (beyondRun.merge(key, 1, Integer::sum) < 2) {
            return;
        }
        ranges.put(r.deviceId(), range);
        latest.put(key, r); // the supply is not fit: the sequencer says why, not that the phase has no reading
        double limit = r.value() > range.high() ? range.high() : range.low();
        alerts.level(VOLTAGE_RULE, r.deviceId(), r.metric(), Severity.CRITICAL, r.value(), limit, describe(r),
                0.5 * (vHigh - mains.nominalVoltage()) / 10); // the window's: a tenth of warning to critical
    }

    /**
     * One supply, one frequency: every meter reads the same one, so the rack has one alert on it ({@link #MAINS}),
     * at the worst level a meter sees, naming the meters that see it; it clears once none does.
     */
    private void frequency(Reading r, boolean changed) {
        Severity worst = null;
        Threshold side = null;
        Reading shown = null;
        List<String> seeing = new ArrayList<>();
        for (Map.Entry<String, Window> e : windows.entrySet()) {
            Threshold t = e.getValue().holding();
            if (!e.getKey().endsWith("/frequency") || t.level().isEmpty()) {
                continue;
            }
            Reading at = latest.get(e.getKey());
            seeing.add(labels.apply(at.deviceId()));
            if (worst == null || t.level().get().compareTo(worst) > 0) {
                worst = t.level().get();
                side = t;
                shown = at;
            }
        }
        if (worst != null) {
            alerts.level(FREQUENCY_RULE, MAINS, "frequency", worst, shown.value(), side.limit(worst),
                    describe(shown) + ", seen by " + String.join(", ", seeing), side.step());
        } else if (changed) {
            alerts.clear(FREQUENCY_RULE, MAINS, "frequency", r.value(), describe(r));
        }
    }

    /** Why the supply is not fit right now, judged on fresh readings only. */
    Optional<String> problem(Instant now) {
        boolean anyFresh = false;
        for (Reading r : latest.values()) {
            if (r.time().isBefore(now.minus(fresh))) {
                continue;
            }
            anyFresh = true;
            boolean voltage = r.metric().endsWith("_voltage");
            if (voltage ? r.value() < vLow || r.value() > vHigh : r.value() < fLow || r.value() > fHigh) {
                return Optional.of(describe(r));
            }
        }
        return anyFresh ? Optional.empty() : Optional.of("no fresh mains reading from the meters");
    }

    /** True when this meter's voltage on this phase ({@code l3_voltage}) was read within the freshness window. */
    boolean freshVoltage(String deviceId, String phaseMetric, Instant now) {
        Reading r = latest.get(deviceId + "/" + phaseMetric);
        return r != null && !r.time().isBefore(now.minus(fresh)) && Double.isFinite(r.value());
    }

    /**
     * "L2 voltage 196 V, window 207-253 V" or "Generator frequency 51.4 Hz, window 49.0-51.0 Hz"; a voltage beyond its
     * meter "L1 voltage reads 400 V, beyond what the meter measures (80-260 V): check the supply (lost neutral?) and the
     * meter".
     */
    String describe(Reading r) {
        if (r.quality() == Quality.FAULT) {
            return Words.phase(r.metric().substring(0, 2)) + " voltage reads " + Words.whole(r.value())
                    + " V, beyond what the meter measures" + Optional.ofNullable(ranges.get(r.deviceId()))
                    .map(x -> " (" + Words.whole(x.low()) + "-" + Words.whole(x.high()) + " V)").orElse("")
                    + ": check the supply (lost neutral?) and the meter";
        }
        if (r.metric().endsWith("_voltage")) {
            return Words.phase(r.metric().substring(0, 2)) + " voltage " + Words.whole(r.value()) + " V, window "
                    + Words.whole(vLow) + "-" + Words.whole(vHigh) + " V";
        }
        return (mains.mode() == MainsMode.GENERATOR ? "Generator" : "Mains") + " frequency " + Words.one(r.value())
                + " Hz, window " + Words.one(fLow) + "-" + Words.one(fHigh) + " Hz";
    }
}
