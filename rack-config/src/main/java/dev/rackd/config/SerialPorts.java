package dev.rackd.config;

import java.util.regex.Pattern;

/** Serial devices as Linux names them: {@code /dev/ttyUSB0}, {@code /dev/serial/by-id/usb-FTDI_...-port0}. */
final class SerialPorts {
    private static final Pattern DEVICE = Pattern.compile("/dev/[A-Za-z0-9._:+/-]+");

    private SerialPorts() {}

    /** The port under {@code key}, after saying what is wrong with it if it cannot be a serial device. */
    static String required(Fields f, String key, String example) {
        String port = f.requiredText(key, "the serial device of " + example);
        if (!port.isEmpty() && (!DEVICE.matcher(port).matches() || port.contains("/../") || port.endsWith("/"))) {
            f.error(key, Values.quote(port) + " is not a serial device; allowed: a path under /dev without spaces,"
                    + " e.g. /dev/ttyUSB0 or /dev/serial/by-id/...");
        }
        return port;
    }
}
