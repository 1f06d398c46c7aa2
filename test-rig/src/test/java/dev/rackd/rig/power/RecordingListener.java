package dev.rackd.rig.power;

import dev.rackd.hal.DeviceListener;
import dev.rackd.hal.Quality;
import dev.rackd.hal.Reading;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps everything drivers reported, per device, for assertions from the test thread. */
final class RecordingListener implements DeviceListener {
    record OnlineEvent(String deviceId, boolean online, String reason) {}

    final List<Reading> readings = new CopyOnWriteArrayList<>();
    final List<OnlineEvent> events = new CopyOnWriteArrayList<>();
    private final String deviceId;
    private final Map<String, RecordingListener> devices;

    RecordingListener() {
        this(null, new ConcurrentHashMap<>());
    }

    private RecordingListener(String deviceId, Map<String, RecordingListener> devices) {
        this.deviceId = deviceId;
        this.devices = devices;
    }

    /** A listener that records one device both here and in its own view, {@link #device(String)}. */
    DeviceListener forDevice(String id) {
        device(id);
        return this;
    }

    RecordingListener device(String id) {
        return devices.computeIfAbsent(id, k -> new RecordingListener(k, devices));
    }

    String deviceId() {
        return deviceId;
    }

    @Override
    public void reading(Reading reading) {
        readings.add(reading);
        if (deviceId == null) {
            device(reading.deviceId()).readings.add(reading);
        }
    }

    @Override
    public void online(String id, boolean online, String reason) {
        OnlineEvent e = new OnlineEvent(id, online, reason);
        events.add(e);
        if (deviceId == null) {
            device(id).events.add(e);
        }
    }

    List<Reading> of(String metric) {
        return readings.stream().filter(r -> r.metric().equals(metric)).toList();
    }

    List<Reading> good(String metric) {
        return of(metric).stream().filter(r -> r.quality() == Quality.GOOD).toList();
    }

    Optional<OnlineEvent> lastEvent() {
        return events.isEmpty() ? Optional.empty() : Optional.of(events.get(events.size() - 1));
    }

    boolean isOffline() {
        return lastEvent().map(e -> !e.online()).orElse(false);
    }

    boolean isOnline() {
        return lastEvent().map(OnlineEvent::online).orElse(false);
    }
}
