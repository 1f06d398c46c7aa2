package dev.rackd.config;

import java.time.Duration;
import java.util.Optional;

/**
 * A temperature the crew watches.
 *
 * @param kind   DS18B20 on 1-Wire, the Pi's own SoC (thermal zone + throttling flags), or any sysfs file in m°C
 * @param w1Id   for DS18B20: the {@code 28-...} id under the w1 devices folder
 * @param path   for SYSFS and PI_SOC: the file (PI_SOC defaults to thermal_zone0)
 * @param warningC  warning limit in °C
 * @param criticalC critical limit in °C
 */
public record TemperatureSensor(
        String id,
        String label,
        SensorKind kind,
        Optional<String> w1Id,
        Optional<String> path,
        double warningC,
        double criticalC,
        double hysteresisC,
        Duration poll) {

    public enum SensorKind { DS18B20, PI_SOC, SYSFS }
}
