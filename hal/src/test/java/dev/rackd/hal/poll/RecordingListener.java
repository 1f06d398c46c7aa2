package dev.rackd.hal.poll;

import dev.rackd.hal.DeviceListener;
import dev.rackd.hal.Quality;
import dev.rackd.hal.Reading;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps everything a driver reported, for assertions from the test thread. */
public final class RecordingListener implements DeviceListener {
    public record OnlineEvent(String deviceId, boolean online, String reason) {}

    public final List<Reading> readings = new CopyOnWriteArrayList<>();
    public final List<OnlineEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void reading(Reading reading) {
        readings.add(reading);
    }

    @Override
    public void online(String deviceId, boolean online, String reason) {
        events.add(new OnlineEvent(deviceId, online, reason));
    }

    public List<Reading> of(String metric) {
        return readings.stream().filter(r -> r.metric().equals(metric)).toList();
    }

    public List<Reading> good(String metric) {
        return of(metric).stream().filter(r -> r.quality() == Quality.GOOD).toList();
    }

    public Optional<OnlineEvent> lastEvent() {
        return events.isEmpty() ? Optional.empty() : Optional.of(events.get(events.size() - 1));
    }

    public boolean isOffline() {
        return lastEvent().map(e -> !e.online()).orElse(false);
    }

    public boolean isOnline() {
        return lastEvent().map(OnlineEvent::online).orElse(false);
    }
}
