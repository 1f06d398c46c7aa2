package dev.rackd.app.core;

import dev.rackd.config.ShowFile;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** How often the show file says each device is read; the base for staleness and silence. */
public final class DevicePolls {
    private DevicePolls() {}

    public static Map<String, Duration> of(ShowFile show) {
        Map<String, Duration> polls = new HashMap<>();
        show.powerMeters().forEach(d -> polls.put(d.id(), d.poll()));
        show.dcMonitors().forEach(d -> polls.put(d.id(), d.poll()));
        show.temperatureSensors().forEach(d -> polls.put(d.id(), d.poll()));
        show.amplifiers().forEach(d -> polls.put(d.id(), d.poll()));
        show.receivers().forEach(d -> polls.put(d.id(), d.meterInterval()));
        return Map.copyOf(polls);
    }
}
