package dev.rackd.hal;

/** How far a reading can be trusted. The wire name is what the crew sees in telemetry. */
public enum Quality {
    /** Read from the device just now and plausible. */
    GOOD,
    /** The last good value, older than the device's poll budget allows. */
    STALE,
    /** The device answered with something unusable, or not at all. */
    FAULT;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
