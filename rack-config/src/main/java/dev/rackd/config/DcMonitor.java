package dev.rackd.config;

import java.time.Duration;

/** A DC rail monitor (INA219/INA226) on the Pi's I2C bus. */
public record DcMonitor(
        String id,
        String label,
        DcKind kind,
        int bus,
        int address,
        double shuntOhms,
        double maxAmps,
        Duration poll) {

    public enum DcKind { INA219, INA226 }
}
