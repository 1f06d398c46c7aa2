package dev.rackd.hal.temperature;

/** A kernel text file (w1_slave, thermal zone, throttling flags) that does not read as documented. */
public final class SysfsFormatException extends Exception {
    public SysfsFormatException(String message) {
        super(message, null, false, false);
    }
}
