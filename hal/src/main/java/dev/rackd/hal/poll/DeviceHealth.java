package dev.rackd.hal.poll;

import dev.rackd.hal.DeviceListener;
import dev.rackd.hal.Quality;
import dev.rackd.hal.Reading;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Online/offline bookkeeping shared by every polled driver, so they all report faults the same way:
 * <ul>
 *   <li>a good poll publishes its readings and, if the device was not online, an online event;</li>
 *   <li>the first failed poll republishes the last good values as {@link Quality#STALE};</li>
 *   <li>after {@code offlineAfterFailures} failed polls in a row, or at once when the transport is
 *       gone (adapter unplugged, sensor folder vanished), the device goes offline with the reason.</li>
 * </ul>
 * Used from the device's bus thread only, except {@link #cycles()}.
 */
public final class DeviceHealth {
    private final String deviceId;
    private final int offlineAfterFailures;
    private final Map<String, Reading> lastGood = new LinkedHashMap<>();
    private final AtomicLong cycles = new AtomicLong();
    private volatile DeviceListener listener;
    private Boolean online;
    private int failures;

    public DeviceHealth(String deviceId, int offlineAfterFailures) {
        if (offlineAfterFailures < 1) {
            throw new IllegalArgumentException("offlineAfterFailures must be at least 1, got " + offlineAfterFailures);
        }
        this.deviceId = deviceId;
        this.offlineAfterFailures = offlineAfterFailures;
    }

    public String deviceId() {
        return deviceId;
    }

    public void listener(DeviceListener l) {
        this.listener = l;
    }

    /** Counts one completed poll attempt, good or not (the watchdog's progress counter). */
    public void cycle() {
        cycles.incrementAndGet();
    }

    public long cycles() {
        return cycles.get();
    }

    public boolean isOnline() {
        return Boolean.TRUE.equals(online);
    }

    /** The device answered; FAULT readings among these (implausible values) do not replace the last good. */
    public void good(List<Reading> readings) {
        DeviceListener l = listener;
        if (l == null) {
            return;
        }
        failures = 0;
        if (!Boolean.TRUE.equals(online)) {
            online = true;
            l.online(deviceId, true, "answering");
        }
        for (Reading r : readings) {
            if (r.quality() == Quality.GOOD) {
                lastGood.put(r.metric(), r);
            }
            l.reading(r);
        }
    }

    /** The poll failed (timeout, CRC, garbage); offline after enough of them in a row. */
    public void failed(String reason) {
        failures++;
        if (failures == 1) {
            publishStale();
        }
        if (failures >= offlineAfterFailures) {
            goOffline(reason);
        }
    }

    /** The transport is gone: offline at once. */
    public void gone(String reason) {
        if (failures++ == 0) {
            publishStale();
        }
        goOffline(reason);
    }

    private void publishStale() {
        DeviceListener l = listener;
        if (l != null) {
            lastGood.values().forEach(r -> l.reading(r.withQuality(Quality.STALE)));
        }
    }

    private void goOffline(String reason) {
        DeviceListener l = listener;
        if (l != null && !Boolean.FALSE.equals(online)) {
            online = false;
            l.online(deviceId, false, reason);
        }
    }
}
