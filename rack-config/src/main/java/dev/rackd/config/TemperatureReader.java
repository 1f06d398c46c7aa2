package dev.rackd.config;

import dev.rackd.config.TemperatureSensor.SensorKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** {@code temperature:} — DS18B20s on 1-Wire, the Pi's SoC, any sysfs file in millidegrees. */
final class TemperatureReader {
    static final List<String> KEYS = List.of("sensors", "w1_pin");
    static final List<String> SENSOR_KEYS = List.of("id", "label", "kind", "w1_id", "path", "warning_c",
            "critical_c", "hysteresis_c", "poll");
    static final String PI_SOC_PATH = "/sys/class/thermal/thermal_zone0/temp";
    /** Family code 28 (DS18B20) and the 48-bit serial, as the w1 driver names the device folder. */
    private static final Pattern W1_ID = Pattern.compile("28-[0-9a-f]{12}");
    /** The Pi's w1-gpio overlay drives the 1-Wire bus on GPIO 4 unless its gpiopin parameter moves it. */
    static final int W1_DEFAULT_PIN = 4;

    private TemperatureReader() {}

    static List<TemperatureSensor> read(Fields root, Registry registry) {
        Fields section = root.section("temperature", KEYS);
        int w1Pin = section.integer("w1_pin", W1_DEFAULT_PIN, 0, GpioReader.MAX_PIN, "");
        List<TemperatureSensor> sensors = new ArrayList<>();
        Map<String, Fields> w1Owners = new HashMap<>();
        Fields firstOnW1 = null;
        for (Fields item : section.items("sensors", SENSOR_KEYS)) {
            TemperatureSensor sensor = sensor(item, registry);
            sensors.add(sensor);
            if (sensor.kind() == SensorKind.DS18B20) {
                firstOnW1 = firstOnW1 == null ? item : firstOnW1;
                sensor.w1Id().filter(w1 -> W1_ID.matcher(w1).matches())
                        .ifPresent(w1 -> onceOnTheBus(item, w1, w1Owners));
            }
        }
        if (firstOnW1 != null) {
            busPinFree(section, firstOnW1, w1Pin, registry);
        }
        return sensors;
    }

    /** GPIO entries were read first: one on the 1-Wire pin would fight the bus the sensors answer on. */
    private static void busPinFree(Fields section, Fields firstOnW1, int w1Pin, Registry registry) {
        boolean written = section.has("w1_pin");
        Fields at = written ? section : firstOnW1;
        registry.anyPinOwner(w1Pin).ifPresent(owner -> at.error(written ? "w1_pin" : "kind", "1-Wire (the ds18b20"
                + " sensors) needs GPIO " + w1Pin + (written ? "" : " (the w1_pin default)") + ", which " + owner
                + " drives; allowed: gpio pins other than " + w1Pin + " while a ds18b20 is in use, or w1_pin set to the"
                + " GPIO the w1-gpio overlay uses"));
    }

    /** Two entries for one sensor would report it twice under two ids: a copy-paste mistake. */
    private static void onceOnTheBus(Fields f, String w1Id, Map<String, Fields> owners) {
        Fields first = owners.putIfAbsent(w1Id, f);
        if (first != null) {
            f.error("w1_id", w1Id + " is already the w1_id of " + first.path() + "; allowed: each sensor once");
        }
    }

    private static TemperatureSensor sensor(Fields f, Registry registry) {
        String id = registry.deviceId(f);
        SensorKind kind = f.requiredChoice("kind", SensorKind.class, "sensor kind").orElse(SensorKind.SYSFS);
        Optional<String> w1Id = Optional.empty();
        Optional<String> path = f.optionalText("path", "a sysfs file holding millidegrees C");
        switch (kind) {
            case DS18B20 -> {
                w1Id = Optional.of(f.requiredText("w1_id", "the sensor's 1-Wire id, e.g. 28-0316a2796aff"));
                if (!w1Id.get().isEmpty() && !W1_ID.matcher(w1Id.get()).matches()) {
                    f.error("w1_id", Values.quote(w1Id.get()) + " is not a DS18B20 id; allowed: 28- and 12 lower-case"
                            + " hex digits, as listed under /sys/bus/w1/devices");
                }
                if (path.isPresent()) {
                    f.error("path", "a ds18b20 is found by w1_id; allowed: path only for kinds sysfs and pi-soc");
                }
            }
            case PI_SOC -> path = Optional.of(path.orElse(PI_SOC_PATH));
            case SYSFS -> {
                if (path.isEmpty()) {
                    f.missing("path", "the sysfs file holding millidegrees C, e.g."
                            + " /sys/class/hwmon/hwmon0/temp1_input");
                }
            }
        }
        if (kind != SensorKind.DS18B20 && f.has("w1_id")) {
            f.error("w1_id", "w1_id is for DS18B20 sensors; allowed: w1_id only with kind ds18b20");
        }
        // the SoC throttles at 80 °C; amp heat sinks and rack air are in trouble well before that
        boolean soc = kind == SensorKind.PI_SOC;
        Setting warning = f.setting("warning_c", soc ? 70 : 55, -40, 125, "°C");
        Setting critical = f.setting("critical_c", soc ? 80 : 65, -40, 125, "°C");
        Setting.ordered(f, warning, critical, false);
        double hysteresis = f.number("hysteresis_c", 2, 0, 20, "°C");
        Duration poll = f.duration("poll", Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ofHours(1));
        return new TemperatureSensor(id, f.text("label", id, "any text"), kind, w1Id, path, warning.value(),
                critical.value(), hysteresis, poll);
    }
}
