package dev.rackd.hal.power.ina;

import java.time.Duration;

/**
 * One INA219/INA226 on an I2C bus of the Pi.
 *
 * @param bus       I2C bus number (1 on a Pi's header)
 * @param address   0x40..0x4F
 * @param shuntOhms the shunt resistor, e.g. 0.1 on the common breakout boards
 * @param maxAmps   the rail's expected maximum; currents beyond 1.5x this are reported as faults
 */
public record InaSettings(String id, InaKind kind, int bus, int address, double shuntOhms, double maxAmps,
        Duration poll, int offlineAfterFailures) {
    public InaSettings {
        if (address < 0x40 || address > 0x4F) {
            throw new IllegalArgumentException("an INA2xx address is 0x40..0x4F, not 0x" + Integer.toHexString(address));
        }
        if (!(shuntOhms > 0) || !(maxAmps > 0)) {
            throw new IllegalArgumentException("shunt ohms and max amps must be positive");
        }
    }
}
