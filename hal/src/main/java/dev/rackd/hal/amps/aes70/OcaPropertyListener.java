package dev.rackd.hal.amps.aes70;

/**
 * Told the new value of a subscribed property. Runs on the connection's own thread: it must return quickly
 * and must not wait for another call on the same controller.
 */
@FunctionalInterface
public interface OcaPropertyListener {
    /** @param value the property's new value, to be read with the property's type */
    void changed(OcaReader value) throws Ocp1FormatException;
}
