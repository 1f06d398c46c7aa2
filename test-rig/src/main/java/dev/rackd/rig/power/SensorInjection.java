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
            sensor.flag(flag, value.equals("1") || value.equals("true"));
            return;
        }
        if (value.equals("release")) {
            sensor.model.release();
            return;
        }
        double v = Overrides.number(value);
        switch (target) {
            case "temperature" -> sensor.model.pin(v);
            case "temperature_rate" -> sensor.model.ramp(v);
            default -> throw new IllegalArgumentException("sensors know temperature, temperature_rate and, on the Pi, "
                    + String.join(", ", FLAGS) + "; not '" + target + "'");
        }
    }
}
