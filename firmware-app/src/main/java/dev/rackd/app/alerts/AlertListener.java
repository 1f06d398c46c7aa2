package dev.rackd.app.alerts;

/** Told of every alert event, in sequence order, on the alert engine's thread: must not block. */
@FunctionalInterface
public interface AlertListener {
    void changed(AlertEvent event);
}
