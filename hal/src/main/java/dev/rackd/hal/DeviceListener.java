package dev.rackd.hal;

/**
 * Where a driver reports what it saw. Called from the driver's own bus thread; implementations
 * must be thread-safe and must not block for long.
 */
public interface DeviceListener {
    void reading(Reading reading);

    /**
     * The device came online or went offline.
     *
     * @param reason in the crew's words, e.g. "no answer from Modbus address 3 on /dev/ttyUSB0"
     */
    void online(String deviceId, boolean online, String reason);
}
