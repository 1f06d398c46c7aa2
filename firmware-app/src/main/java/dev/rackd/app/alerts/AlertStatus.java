package dev.rackd.app.alerts;

/**
 * Where an alert is in its life, after ISA-18.2's alarm states. Every status but {@link #CLOSED} is
 * retained on {@code rackd/<rack-id>/alerts/<alert-id>}.
 */
public enum AlertStatus {
    /** The condition holds (acknowledged or not). */
    ACTIVE,
    /** A latching critical whose condition has gone; counts as active until acknowledged. */
    LATCHED,
    /** The condition has gone, nobody has acknowledged yet. */
    CLEARED,
    /** Gone and acknowledged: removed from the broker. */
    CLOSED;

    /** Counts for the LED, the buzzer and Home Assistant's problem sensors. */
    public boolean isActive() {
        return this == ACTIVE || this == LATCHED;
    }
}
