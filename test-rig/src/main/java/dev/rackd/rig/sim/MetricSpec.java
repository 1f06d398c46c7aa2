package dev.rackd.rig.sim;

import dev.rackd.hal.Unit;

/**
 * One metric a value model reports.
 *
 * @param resolution the step the real device reports in (0.1 V on a PZEM, 0.0625 °C on a DS18B20); 0 = exact
 */
public record MetricSpec(String name, Unit unit, double resolution) {
    double round(double value) {
        if (resolution <= 0 || !Double.isFinite(value)) {
            return value;
        }
        // divide by the whole number of steps per unit, so 2314 steps of 0.1 V print as 231.4, not 231.40000000000003
        double stepsPerUnit = Math.rint(1 / resolution);
        return Math.round(value * stepsPerUnit) / stepsPerUnit;
    }
}
