package dev.rackd.app.power;

import dev.rackd.app.alerts.Severity;
import dev.rackd.app.trend.TrendLine;
import dev.rackd.config.TemperatureSensor;
import dev.rackd.hal.Reading;
import dev.rackd.hal.Unit;
import java.time.Duration;
import java.util.OptionalDouble;
import java.util.function.Consumer;

/**
 * One temperature the crew watches: its limits from the show file (warning, critical, hysteresis), its
 * trend as {@code temperature_trend} in °C/min, and {@code minutes_to_limit} to the warning level while
 * it rises (600 = not in sight). A sensor climbing fast enough to reach its warning level within
 * {@link #LEAD_MINUTES} warns before it gets there: an amp that will mute in five minutes is news now. The trend is
 * the 2 minutes' slope unless the last 30 s are not rising (then theirs), and a trend alert needs the last 30 s to rise
 * too: a sensor that fell after a climb is not called rising while the climb is still in the 2 minutes.
 */
final class TemperatureWatch {
    static final String LIMIT_RULE = "temperature.limit";
    static final String TREND_RULE = "temperature.trend";
    static final double LEAD_MINUTES = 5;
    static final double NOT_IN_SIGHT_MINUTES = 600;
    private static final double RISING_PER_MINUTE = 0.5;

    private final TemperatureSensor sensor;
    private final Threshold limit;
    private static final Duration TREND_WINDOW = Duration.ofMinutes(2);

    private static final Duration RECENT_WINDOW = Duration.ofSeconds(30);

    private final TrendLine trend = new TrendLine(TREND_WINDOW, TREND_WINDOW.dividedBy(4), 4);
    /** The last 30 s: after a fall the 2 minutes still hold the climb before it, and would call it rising. */
    private final TrendLine recent = new TrendLine(RECENT_WINDOW, RECENT_WINDOW.dividedBy(2), 3);
    private final AlertSink alerts;
    private final Consumer<Reading> publish;
    private boolean trendAlert;

    TemperatureWatch(TemperatureSensor sensor, AlertSink alerts, Consumer<Reading> publish) {
        this.sensor = sensor;
        this.limit = new Threshold(sensor.warningC(), sensor.criticalC(), sensor.hysteresisC(), true);
        this.alerts = alerts;
        this.publish = publish;
    }

    void accept(Reading r) {
        double c = r.value();
        boolean changed = limit.update(c).isPresent();
        // the limit of the severity in force: a critical names the critical limit
        double named = limit.limit(limit.level().orElse(Severity.WARNING));
        alerts.follow(limit, changed, LIMIT_RULE, sensor.id(), "temperature", c,
                sensor.label() + " at " + Words.one(c) + " °C, limit " + Words.whole(named) + " °C");
        OptionalDouble perMinute = trend.add(r.time(), c);
        OptionalDouble lately = recent.add(r.time(), c);
        if (perMinute.isEmpty()) {
            return;
        }
        double slope = perMinute.getAsDouble();
        if (lately.isPresent() && lately.getAsDouble() <= 0 && slope > 0) {
            slope = lately.getAsDouble(); // no longer rising: never say it is
        }
        // unknown only where polls are over 15 s apart; then the 2 minutes alone judge, as before
        boolean risingLately = lately.isEmpty() || lately.getAsDouble() >= RISING_PER_MINUTE / 2;
        publish.accept(Reading.good(sensor.id(), "temperature_trend", slope, Unit.CELSIUS_PER_MINUTE, r.time()));
        double minutes = c >= sensor.warningC() ? 0
                : slope > 0.05 ? Math.min(NOT_IN_SIGHT_MINUTES, (sensor.warningC() - c) / slope)
                : NOT_IN_SIGHT_MINUTES;
        publish.accept(Reading.good(sensor.id(), "minutes_to_limit", minutes, Unit.MINUTE, r.time()));
        boolean approaching = c < sensor.warningC() && slope >= RISING_PER_MINUTE && risingLately
                && minutes <= LEAD_MINUTES;
        if (approaching) {
            trendAlert = true;
            alerts.raise(TREND_RULE, sensor.id(), "temperature_trend", Severity.WARNING, slope, RISING_PER_MINUTE,
                    sensor.label() + " at " + Words.one(c) + " °C, rising " + Words.one(slope)
                            + " °C/min: reaches its " + Words.whole(sensor.warningC()) + " °C limit in about "
                            + Words.whole(Math.max(1, minutes)) + " min");
        } else if (trendAlert && (slope < RISING_PER_MINUTE / 2 || minutes > LEAD_MINUTES + 2
                || c >= sensor.warningC())) {
            trendAlert = false;
            alerts.clear(TREND_RULE, sensor.id(), "temperature_trend");
        }
    }
}
