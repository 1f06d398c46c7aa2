package dev.rackd.hal;

/**
 * A driver for one device (or one bus of devices). It owns its transport on one thread of its own,
 * reports faults as readings with a quality and as offline events, reconnects with backoff, and
 * never throws into its caller.
 */
public interface Device extends AutoCloseable {
    /** The show file's id. */
    String id();

    /** Starts the device's own thread; returns at once. */
    void start(DeviceListener listener);

    /** Progress counter: advances every time the device's loop completes a cycle (for the watchdog). */
    long cycles();

    /** Stops the thread and closes the transport; idempotent, never throws. */
    @Override
    void close();
}
