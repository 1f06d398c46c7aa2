package dev.rackd.app.power;

import dev.rackd.app.alerts.Severity;
import dev.rackd.config.TemperatureSensor;
import dev.rackd.hal.Reading;
import java.util.HashMap;
import java.util.Map;

/**
 * The controller's own supply and speed, from the Pi firmware's flags ({@code under_voltage}, {@code throttled},
 * {@code soft_temp_limit}, 1 while it holds): a sagging supply or a throttled CPU is a warning, cleared with the
 * flag. A Pi on a thin cable browns out under load and corrupts its card; the crew can fix that, not rackd.
 */
final class PiFlags {
    static final String UNDER_VOLTAGE_RULE = "power.under_voltage";
    static final String THROTTLED_RULE = "power.throttled";

    private final TemperatureSensor pi;
    private final AlertSink alerts;
    private final Map<String, Boolean> flags = new HashMap<>();
    private double celsius = Double.NaN;

    PiFlags(TemperatureSensor pi, AlertSink alerts) {
        this.pi = pi;
        this.alerts = alerts;
    }

    void temperature(double c) {
        celsius = c;
    }

    void accept(Reading r) {
        boolean on = r.value() >= 0.5;
        Boolean was = flags.put(r.metric(), on);
        String rule = switch (r.metric()) {
            case "under_voltage" -> UNDER_VOLTAGE_RULE;
            case "throttled" -> THROTTLED_RULE;
            default -> null;
        };
        if (rule == null || was != null && was == on) {
            return;
        }
        if (on) {
            alerts.raise(rule, pi.id(), r.metric(), Severity.WARNING, 1, 1, message(r.metric()));
        } else if (was != null) {
            alerts.clear(rule, pi.id(), r.metric(), 0, pi.label()
                    + (rule.equals(UNDER_VOLTAGE_RULE) ? " supply no longer sagging" : " no longer throttled"));
        }
    }

    private String message(String metric) {
        if (metric.equals("under_voltage")) {
            return pi.label()
                    + " under-voltage: the Pi's supply is sagging: use the official supply or a shorter cable";
        }
        String why = flags.getOrDefault("under_voltage", false) ? "its sagging supply"
                : flags.getOrDefault("soft_temp_limit", false) || celsius >= 80
                        ? "heat" + (Double.isNaN(celsius) ? "" : " (" + Words.one(celsius) + " °C)")
                        : "heat or a sagging supply";
        return pi.label() + " throttled: its firmware slowed it down for " + why + "; rackd may answer late";
    }
}
