package dev.rackd.hal.temperature.w1;

import java.nio.file.Path;
import java.time.Duration;

/**
 * One DS18B20 under the kernel's 1-Wire driver.
 *
 * @param devicesRoot the w1 devices folder, {@code /sys/bus/w1/devices} on a Pi (a temp folder in tests)
 * @param sensorId    the {@code 28-xxxxxxxxxxxx} folder name
 * @param reReads     further reads of one poll after a CRC NO or the 85 °C power-on value
 */
public record Ds18b20Settings(String id, Path devicesRoot, String sensorId, Duration poll, int reReads,
        int offlineAfterFailures) {
    public static final Path PI_DEVICES_ROOT = Path.of("/sys/bus/w1/devices");

    public Ds18b20Settings {
        if (!sensorId.matches("28-[0-9a-fA-F]{12}")) {
            throw new IllegalArgumentException("a DS18B20 id looks like 28-0316a2794bff, not '" + sensorId + "'");
        }
        if (reReads < 0 || poll.isNegative() || poll.isZero()) {
            throw new IllegalArgumentException("need reReads >= 0 and a positive poll interval");
        }
    }

    public Path slaveFile() {
        return devicesRoot.resolve(sensorId).resolve("w1_slave");
    }
}
