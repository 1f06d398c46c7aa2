package dev.rackd.app.power;

import dev.rackd.config.AlertSettings;
import dev.rackd.config.AlertSettings.Direction;

/**
 * Warning and critical levels for a device's metric: the first matching rule of the show file's alert
 * section (device and metric globs) that sets a limit above, else the trade's defaults.
 */
record Limits(double warning, double critical, double hysteresis) {
    /** Continuous load at most 80 % of the breaker (NEC 125 % rule); 95 % is about to trip. */
    static final Limits BREAKER = new Limits(80, 95, 5);

    static Limits of(AlertSettings settings, String deviceId, String metric, Limits defaults) {
        return settings.levelRule(deviceId, metric, Direction.ABOVE)
                .map(r -> new Limits(r.warning().orElse(defaults.warning()), r.critical().orElse(defaults.critical()),
                        r.hysteresis() > 0 ? r.hysteresis() : defaults.hysteresis()))
                .orElse(defaults);
    }

    Threshold above() {
        return new Threshold(warning, critical, hysteresis, true);
    }
}
