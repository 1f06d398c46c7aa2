package dev.rackd.rig.power;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

/**
 * A temp folder shaped like the Pi's sysfs, kept current by one thread: {@code sys/bus/w1/devices/28-*}
 * for DS18B20s, {@code sys/class/thermal/thermal_zone0/temp} and
 * {@code sys/devices/platform/soc/soc:firmware/get_throttled} for the Pi, and plain files for the rest.
 */
final class SysfsTree implements AutoCloseable {
    private final Path root;
    private final Map<String, SysfsSensor> sensors = new ConcurrentHashMap<>();
    private final Thread writer;
    private volatile boolean closed;

    SysfsTree(Path root) throws IOException {
        this.root = root;
        Files.createDirectories(w1Devices().resolve("w1_bus_master1"));
        this.writer = Thread.ofPlatform().daemon().name("sim sysfs").unstarted(this::run);
    }

    Path w1Devices() {
        return root.resolve("sys/bus/w1/devices");
    }

    Path thermalZone() {
        return root.resolve("sys/class/thermal/thermal_zone0/temp");
    }

    Path throttled() {
        return root.resolve("sys/devices/platform/soc/soc:firmware/get_throttled");
    }

    Path addDs18b20(String deviceId, String w1Id, TemperatureModel model) {
        return add(deviceId, new SysfsSensor(SysfsSensor.Kind.DS18B20, w1Devices().resolve(w1Id).resolve("w1_slave"),
                null, model));
    }

    Path addPi(String deviceId, TemperatureModel model) {
        return add(deviceId, new SysfsSensor(SysfsSensor.Kind.PI_SOC, thermalZone(), throttled(), model));
    }

    Path addFile(String deviceId, TemperatureModel model) {
        return add(deviceId, new SysfsSensor(SysfsSensor.Kind.FILE, root.resolve("sensors").resolve(deviceId)
                .resolve("temp"), null, model));
    }

    private Path add(String deviceId, SysfsSensor sensor) {
        sensors.put(deviceId, sensor);
        try {
            sensor.write();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sensor.kind() == SysfsSensor.Kind.DS18B20 ? w1Devices() : sensor.file();
    }

    SysfsSensor sensor(String deviceId) {
        return sensors.get(deviceId);
    }

    SysfsTree start() {
        writer.start();
        return this;
    }

    private void run() {
        while (!closed) {
            for (SysfsSensor s : sensors.values()) {
                try {
                    s.write();
                } catch (IOException e) {
                    // a reader holding the old file is fine; try again on the next tick
                }
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            writer.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
