package dev.rackd.rig.power;

import java.util.List;

/** Fault injection on a simulated temperature sensor or the Pi. */
final class SensorInjection {
    /** The firmware's throttling bits 0..3, as the Pi's documentation names them. */
    private static final List<String> FLAGS = List.of("under_voltage", "frequency_capped", "throttled",
            "soft_temp_limit");

    private SensorInjection() {}

    static void apply(SysfsSensor sensor, String target, String value) {
        if (target.equals("state")) {
            sensor.state(value);
            return;
        }
        int flag = FLAGS.indexOf(target);
        if (flag >= 0) {
            sensor.flag(flag, switch (value) {
                case "1", "true" -> true;
                case "0", "false", "release" -> false;
                default -> throw new IllegalArgumentException(target + " takes 1, 0 or 'release', not '" + value + "'");
            });
            return;
        }
        if (!target.equals("temperature") && !target.equals("temperature_rate")) {
            throw new IllegalArgumentException("sensors know temperature, temperature_rate and, on the Pi, "
                    + String.join(", ", FLAGS) + "; not '" + target + "'");
        }
        if (value.equals("release")) {
            sensor.model.release(); // pinned or ramping, the sensor goes back to its resting wander
            return;
        }
        double v = Overrides.number(value);
        if (target.equals("temperature")) {
            sensor.model.pin(v);
        } else {
            sensor.model.ramp(v);
        }
    }
}
