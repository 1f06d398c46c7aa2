package dev.rackd.rig.wireless;

import dev.rackd.hal.DeviceListener;
import dev.rackd.hal.Reading;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps what a driver reported, for assertions. */
final class RecordingListener implements DeviceListener {
    final Map<String, Reading> latest = new ConcurrentHashMap<>();
    final List<String> events = new CopyOnWriteArrayList<>();
    volatile boolean online;

    @Override
    public void reading(Reading r) {
        latest.put(r.metric(), r);
    }

    @Override
    public void online(String deviceId, boolean on, String reason) {
        online = on;
        events.add((on ? "online: " : "offline: ") + reason);
    }

    Optional<Double> value(String metric) {
        return Optional.ofNullable(latest.get(metric)).map(Reading::value);
    }

    long offlineEvents() {
        return events.stream().filter(e -> e.startsWith("offline")).count();
    }
}
