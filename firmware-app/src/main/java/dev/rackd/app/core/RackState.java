package dev.rackd.app.core;

import dev.rackd.hal.Reading;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Consumer;

/** The latest reading of every device metric, and which devices are online. Thread-safe. */
public interface RackState {
    Optional<Reading> latest(String deviceId, String metric);

    Collection<Reading> all();

    boolean isOnline(String deviceId);

    /** When the device last gave a good reading; empty if never. */
    Optional<Instant> lastSeen(String deviceId);

    /** Called (off the driver thread is not guaranteed) for every reading after the state took it. */
    void onReading(Consumer<Reading> consumer);

    /** Called when a device comes online (true) or goes offline (false). */
    void onOnline(DeviceOnlineListener listener);

    @FunctionalInterface
    interface DeviceOnlineListener {
        void changed(String deviceId, boolean online, String reason);
    }
}
