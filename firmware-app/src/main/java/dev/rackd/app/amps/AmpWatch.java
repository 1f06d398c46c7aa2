package dev.rackd.app.amps;

import dev.rackd.app.alerts.Alerts;
import dev.rackd.app.trend.TrendLine;
import dev.rackd.config.Amplifier;
import dev.rackd.hal.DeviceListener;
import dev.rackd.hal.Quality;
import dev.rackd.hal.Reading;
import dev.rackd.hal.Unit;
import dev.rackd.hal.amps.AmpControl;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Everything the amps domain makes of one amp's readings: drift from the show file, the load check, fault
 * alerts and the temperature trend (published back as {@code chN_temperature_trend}). Readings arrive on
 * driver threads; one lock per amp.
 */
final class AmpWatch {
    /** @param trendWindow how much history the temperature trend uses; @param trendMinSpan how much it needs */
    record Tuning(Duration trendWindow, Duration trendMinSpan) {
        static Tuning defaults() {
            return new Tuning(Duration.ofMinutes(1), Duration.ofSeconds(10));
        }
    }

    private final Amplifier amp;
    private final AmpControl driver;
    private final DeviceListener out;
    private final Tuning tuning;
    private final DriftCheck drift;
    private final LoadCheck load;
    private final FaultAlerts faults;
    private final Map<Integer, TrendLine> trends = new HashMap<>();

    /** @param driver null when simulation backs the amp with a value model and no driver runs */
    AmpWatch(Amplifier amp, AmpControl driver, Alerts alerts, DeviceListener out, Tuning tuning) {
        this.amp = amp;
        this.driver = driver;
        this.out = out;
        this.tuning = tuning;
        AmpAlerter alerter = new AmpAlerter(alerts, amp.id());
        this.drift = new DriftCheck(amp, alerter);
        this.load = new LoadCheck(amp, alerter);
        this.faults = new FaultAlerts(amp, alerter);
    }

    Amplifier amp() {
        return amp;
    }

    Optional<AmpControl> driver() {
        return Optional.ofNullable(driver);
    }

    /** Records a crew command's value before it is sent, so its read-back is the crew's intent, not drift. */
    synchronized void crewSets(int channel, String quantity, double value, String user) {
        drift.crewSets(channel, quantity, value, user);
    }

    synchronized void crewFailed(int channel, String quantity) {
        drift.crewFailed(channel, quantity);
    }

    synchronized void forgetCrew() {
        drift.forgetCrew();
    }

    synchronized void restoredBy(int channel, String user) {
        drift.restoredBy(channel, user);
    }

    void reading(Reading r) {
        if (r.quality() != Quality.GOOD || Double.isNaN(r.value())) {
            return;
        }
        int channel = AmpNames.channelOf(r.metric());
        String quantity = AmpNames.quantityOf(r.metric());
        Reading trend = null;
        synchronized (this) {
            switch (quantity) {
                case "gain" -> drift.gain(channel, r.value());
                case "mute" -> drift.mute(channel, r.value() != 0);
                case "load" -> load.load(channel, r.value());
                case "temperature" -> trend = trend(channel, r);
                default -> faults.flag(r.metric(), r.value() != 0, r.time());
            }
        }
        if (trend != null) {
            out.reading(trend); // outside the lock: it comes back through the rack state
        }
    }

    private Reading trend(int channel, Reading r) {
        if (channel == 0) {
            return null;
        }
        OptionalDouble slope = trends.computeIfAbsent(channel, c -> new TrendLine(tuning.trendWindow(),
                tuning.trendMinSpan(), 3)).add(r.time(), r.value());
        return slope.isPresent() ? Reading.good(amp.id(), "ch" + channel + "_temperature_trend", slope.getAsDouble(),
                Unit.CELSIUS_PER_MINUTE, r.time()) : null;
    }
}
