package dev.rackd.hal.amps;

import dev.rackd.hal.DeviceListener;
import dev.rackd.hal.Quality;
import dev.rackd.hal.Reading;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An amp driver's voice towards its listener, used from the driver's own thread. Remembers the last
 * reading of every metric so that going offline marks them all stale; says online/offline only when
 * that changes (and offline once at start when the amp never answered); never lets a failing listener
 * into the driver's loop.
 */
public final class AmpReporter {
    private static final Logger log = LoggerFactory.getLogger(AmpReporter.class);

    private final String deviceId;
    private final DeviceListener listener;
    private final Map<String, Reading> last = new HashMap<>();
    private Boolean told;

    public AmpReporter(String deviceId, DeviceListener listener) {
        this.deviceId = deviceId;
        this.listener = listener;
    }

    public void publish(List<Reading> readings) {
        for (Reading r : readings) {
            last.put(r.metric(), r);
            deliver(r);
        }
    }

    public void online(String reason) {
        if (told == null || !told) {
            tell(true, reason);
        }
    }

    /** Marks every last reading stale and says offline, unless it already did. */
    public void offline(String reason) {
        for (Reading r : last.values()) {
            deliver(r.withQuality(Quality.STALE));
        }
        last.clear();
        if (told == null || told) {
            tell(false, reason);
        }
    }

    private void deliver(Reading r) {
        try {
            listener.reading(r);
        } catch (RuntimeException e) {
            log.warn("listener failed on {} {}: {}", r.deviceId(), r.metric(), e.toString());
        }
    }

    private void tell(boolean up, String reason) {
        told = up;
        try {
            listener.online(deviceId, up, reason);
        } catch (RuntimeException e) {
            log.warn("listener failed on {} going {}: {}", deviceId, up ? "online" : "offline", e.toString());
        }
    }
}
