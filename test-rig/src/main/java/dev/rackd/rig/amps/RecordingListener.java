package dev.rackd.rig.amps;

import dev.rackd.hal.DeviceListener;
import dev.rackd.hal.Reading;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps what drivers report, for tests and the bench: latest reading per metric and every online change. */
public final class RecordingListener implements DeviceListener {
    /** One online/offline word, with when it arrived. */
    public record Change(String deviceId, boolean online, String reason, long nanos) {}

    private final Map<String, Reading> latest = new ConcurrentHashMap<>();
    private final List<Change> changes = new CopyOnWriteArrayList<>();

    @Override
    public void reading(Reading reading) {
        latest.put(reading.deviceId() + "/" + reading.metric(), reading);
    }

    @Override
    public void online(String deviceId, boolean online, String reason) {
        changes.add(new Change(deviceId, online, reason, System.nanoTime()));
    }

    public Optional<Reading> latest(String deviceId, String metric) {
        return Optional.ofNullable(latest.get(deviceId + "/" + metric));
    }

    /**
     * The latest value. With none yet it fails as an assertion, so that a test waiting for a value keeps
     * waiting and a NaN can never slip through a comparison.
     */
    public double value(String deviceId, String metric) {
        return latest(deviceId, metric).map(Reading::value)
                .orElseThrow(() -> new AssertionError("no reading of " + deviceId + " " + metric + " yet"));
    }

    public List<Change> changes() {
        return List.copyOf(changes);
    }

    /** Whether the last word about the device was "online". */
    public boolean online(String deviceId) {
        Change last = null;
        for (Change c : changes) {
            if (c.deviceId().equals(deviceId)) {
                last = c;
            }
        }
        return last != null && last.online();
    }
}
