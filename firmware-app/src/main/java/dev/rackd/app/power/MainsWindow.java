package dev.rackd.app.power;

import dev.rackd.config.MainsSettings;
import dev.rackd.config.MainsSettings.MainsMode;
import dev.rackd.hal.Reading;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Is the supply fit to run a show? Voltage within nominal ± its tolerance (EN 50160: ±10 %), frequency
 * within nominal ± 1 % on the grid or ± 2 % on a generator (from the show file's mains settings). Outside
 * the window is a warning; beyond one and a half times the tolerance, critical.
 */
final class MainsWindow {
    static final String VOLTAGE_RULE = "power.voltage";
    static final String FREQUENCY_RULE = "power.frequency";

    private final MainsSettings mains;
    private final AlertSink alerts;
    private final Duration fresh;
    private final double vLow;
    private final double vHigh;
    private final double fLow;
    private final double fHigh;
    private final Map<String, Window> windows = new HashMap<>();
    private final Map<String, Reading> latest = new TreeMap<>(); // L1 before L2: reports name the first

    /** Both sides of one value's window. */
    private record Window(Threshold low, Threshold high) {}

    MainsWindow(MainsSettings mains, AlertSink alerts, Duration fresh) {
        this.mains = mains;
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
        latest.put(r.deviceId() + "/" + r.metric(), r);
        boolean voltage = r.metric().endsWith("_voltage");
        double nominal = voltage ? mains.nominalVoltage() : mains.nominalFrequencyHz();
        double low = voltage ? vLow : fLow;
        double high = voltage ? vHigh : fHigh;
        double hysteresis = (high - low) / 20;
        Window w = windows.computeIfAbsent(r.deviceId() + "/" + r.metric(), k -> new Window(
                new Threshold(low, nominal - 1.5 * (nominal - low), hysteresis, false),
                new Threshold(high, nominal + 1.5 * (high - nominal), hysteresis, true)));
        String rule = voltage ? VOLTAGE_RULE : FREQUENCY_RULE;
        boolean changed = w.low().update(r.value()).isPresent() | w.high().update(r.value()).isPresent();
        // one alert per value: the side that holds (never both) gives its severity and limit
        Threshold side = w.high().level().isPresent() ? w.high() : w.low();
        alerts.follow(side, changed, rule, r.deviceId(), r.metric(), r.value(), describe(r));
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

    /** "L2 voltage 196 V, window 207-253 V" or "Generator frequency 51.4 Hz, window 49.0-51.0 Hz". */
    String describe(Reading r) {
        if (r.metric().endsWith("_voltage")) {
            return Words.phase(r.metric().substring(0, 2)) + " voltage " + Words.whole(r.value()) + " V, window "
                    + Words.whole(vLow) + "-" + Words.whole(vHigh) + " V";
        }
        return (mains.mode() == MainsMode.GENERATOR ? "Generator" : "Mains") + " frequency " + Words.one(r.value())
                + " Hz, window " + Words.one(fLow) + "-" + Words.one(fHigh) + " Hz";
    }
}
