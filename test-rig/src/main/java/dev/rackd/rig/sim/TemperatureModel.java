package dev.rackd.rig.sim;

import dev.rackd.config.TemperatureSensor;
import dev.rackd.config.TemperatureSensor.SensorKind;
import dev.rackd.hal.Unit;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A temperature sensor on a thermal mass that heats with the show's load: an amp exhaust climbs by some
 * 25 K over a loud set, the rack's intake barely moves, the Pi's SoC sits in the forties. A DS18B20
 * reports in 1/16 °C steps.
 */
final class TemperatureModel implements DeviceModel {
    private final List<MetricSpec> metrics;
    private final Thermal thermal;
    private final Drift noise;

    TemperatureModel(TemperatureSensor sensor, SplittableRandom random) {
        double step = sensor.kind() == SensorKind.DS18B20 ? 0.0625 : 0.1;
        this.metrics = List.of(new MetricSpec("temperature", Unit.CELSIUS, step));
        String where = (sensor.id() + " " + sensor.label()).toLowerCase(Locale.ROOT);
        if (sensor.kind() == SensorKind.PI_SOC) {
            thermal = new Thermal(44, 8, 60, 0.1);
        } else if (where.contains("intake") || where.contains("ambient") || where.contains("room")) {
            thermal = new Thermal(23, 3, 300, 0.1);
        } else if (where.contains("amp") || where.contains("exhaust")) {
            thermal = new Thermal(27, 22, 120, 0.1);
        } else {
            thermal = new Thermal(25, 10, 180, 0.1);
        }
        this.noise = new Drift(0.15, 4, random);
    }

    @Override
    public List<MetricSpec> metrics() {
        return metrics;
    }

    @Override
    public void step(double dtSeconds, double load, ShowLoad.Part part, double[] out) {
        out[0] = thermal.step(dtSeconds, load) + noise.step(dtSeconds);
    }
}
