package dev.rackd.hal.serial;

import java.time.Duration;

/**
 * How to open a serial port.
 *
 * @param path        device path, e.g. {@code /dev/ttyUSB0} or a pseudo-terminal {@code /dev/pts/7}
 * @param parity      'N', 'E' or 'O'
 * @param readTimeout how long one read waits for the first byte
 */
public record SerialSettings(String path, int baud, int dataBits, char parity, int stopBits, Duration readTimeout) {
    public SerialSettings {
        if (baud <= 0) {
            throw new IllegalArgumentException("baud must be positive, got " + baud);
        }
        if ("NEO".indexOf(parity) < 0) {
            throw new IllegalArgumentException("parity must be N, E or O, got " + parity);
        }
    }

    /** 8N1 at the given speed: what a PZEM-004T and an RF Explorer speak. */
    public static SerialSettings eightN1(String path, int baud, Duration readTimeout) {
        return new SerialSettings(path, baud, 8, 'N', 1, readTimeout);
    }
}
