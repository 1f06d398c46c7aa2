package dev.rackd.hal.modbus;

import java.time.Duration;

/**
 * How patiently the bus waits for a meter.
 *
 * @param responseTimeout from the end of the request to the end of a complete answer
 * @param retries         further attempts after the first failed one (timeouts, CRC errors, garbage)
 */
public record ModbusTiming(Duration responseTimeout, int retries) {
    public ModbusTiming {
        if (responseTimeout.isNegative() || responseTimeout.isZero() || retries < 0) {
            throw new IllegalArgumentException("need a positive timeout and retries >= 0");
        }
    }

    /** 300 ms and two retries: a PZEM or SDM answers well within 100 ms plus transmission at 9600 baud. */
    public static ModbusTiming defaults() {
        return new ModbusTiming(Duration.ofMillis(300), 2);
    }
}
