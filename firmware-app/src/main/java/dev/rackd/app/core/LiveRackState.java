package dev.rackd.app.core;

import dev.rackd.hal.DeviceListener;
import dev.rackd.hal.Quality;
import dev.rackd.hal.Reading;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rack's live state, fed by every driver. Besides storing what drivers say, it notices silence:
 * {@link #sweep(Instant)} turns the good readings of a device that has given no good reading for
 * {@value #STALE_AFTER_POLLS} polls into {@link Quality#STALE} ones, and takes a device offline when it has
 * given no good reading for the show file's {@code offline_after_polls}. A good reading brings a silent
 * device back online. Staleness follows the device, not each metric: a receiver reports its battery or
 * frequency only when they change, and they stay true as long as it keeps talking.
 */
public final class LiveRackState implements RackState, DeviceListener {
    static final int STALE_AFTER_POLLS = 3;
    private static final Logger log = LoggerFactory.getLogger(LiveRackState.class);

    private final Map<String, Duration> pollByDevice;
    private final Duration defaultPoll;
    private final int offlineAfterPolls;
    private final Map<MetricKey, Reading> latest = new ConcurrentHashMap<>();
    private final Map<String, Boolean> online = new ConcurrentHashMap<>();
    private final Map<String, Instant> lastSeen = new ConcurrentHashMap<>();
    private final List<Consumer<Reading>> readingConsumers = new CopyOnWriteArrayList<>();
    private final List<DeviceOnlineListener> onlineListeners = new CopyOnWriteArrayList<>();
    private volatile boolean stopped;

    /**
     * @param pollByDevice      how often each device is read; devices not listed use {@code defaultPoll}
     * @param offlineAfterPolls silence (in polls) after which a device counts as offline; 0 = never infer
     */
    public LiveRackState(Map<String, Duration> pollByDevice, Duration defaultPoll, int offlineAfterPolls) {
        this.pollByDevice = Map.copyOf(pollByDevice);
        this.defaultPoll = defaultPoll;
        this.offlineAfterPolls = offlineAfterPolls;
    }

    @Override
    public void reading(Reading reading) {
        if (stopped) {
            return;
        }
        latest.put(new MetricKey(reading.deviceId(), reading.metric()), reading);
        if (reading.quality() == Quality.GOOD) {
            lastSeen.merge(reading.deviceId(), reading.time(), (a, b) -> a.isAfter(b) ? a : b);
            if (!isOnline(reading.deviceId())) {
                online(reading.deviceId(), true, "readings arrive again");
            }
        }
        notifyReading(reading);
    }

    @Override
    public void online(String deviceId, boolean nowOnline, String reason) {
        if (stopped) {
            return;
        }
        Boolean before = online.put(deviceId, nowOnline);
        if (before != null && before == nowOnline) {
            return;
        }
        if (nowOnline) {
            // back, by its driver's word: the silence before it (the card unplugged) is over, and must not take it
            // offline again before its first reading comes
            lastSeen.remove(deviceId);
        }
        if (nowOnline && before == null) {
            log.debug("{} online ({})", deviceId, reason);
        } else if (nowOnline) {
            log.info("{} online again ({})", deviceId, reason);
        } else {
            log.warn("{} offline: {}", deviceId, reason);
        }
        for (DeviceOnlineListener l : onlineListeners) {
            try {
                l.changed(deviceId, nowOnline, reason);
            } catch (RuntimeException e) {
                log.error("online listener failed for {}", deviceId, e);
            }
        }
    }

    /**
     * Takes nothing more from drivers: the service is stopping and closes them, and "offline" from a driver
     * that is being closed must not raise an alert, enter the history or reach the broker.
     */
    public void stopTaking() {
        stopped = true;
    }

    /**
     * Marks readings stale and silent devices offline as of {@code now}. Called by the service's timer
     * about once a second.
     */
    public void sweep(Instant now) {
        for (Reading r : latest.values()) {
            Duration poll = pollOf(r.deviceId());
            Instant heard = lastSeen.getOrDefault(r.deviceId(), r.time());
            Instant fresh = heard.isAfter(r.time()) ? heard : r.time();
            if (r.quality() == Quality.GOOD && fresh.plus(poll.multipliedBy(STALE_AFTER_POLLS)).isBefore(now)) {
                Reading stale = r.withQuality(Quality.STALE);
                // Only replace what we looked at: a fresh reading that raced in wins.
                if (latest.replace(new MetricKey(r.deviceId(), r.metric()), r, stale)) {
                    notifyReading(stale);
                }
            }
        }
        if (offlineAfterPolls > 0) {
            lastSeen.forEach((device, seen) -> {
                Duration silence = pollOf(device).multipliedBy(offlineAfterPolls);
                if (isOnline(device) && seen.plus(silence).isBefore(now)) {
                    online(device, false, "no good reading for " + offlineAfterPolls + " polls ("
                            + silence.toMillis() / 1000.0 + " s)");
                }
            });
        }
    }

    /** The poll interval the state assumes for this device. */
    public Duration pollOf(String deviceId) {
        return pollByDevice.getOrDefault(deviceId, defaultPoll);
    }

    @Override
    public Optional<Reading> latest(String deviceId, String metric) {
        return Optional.ofNullable(latest.get(new MetricKey(deviceId, metric)));
    }

    @Override
    public Collection<Reading> all() {
        return List.copyOf(latest.values());
    }

    @Override
    public boolean isOnline(String deviceId) {
        return online.getOrDefault(deviceId, false);
    }

    @Override
    public Optional<Instant> lastSeen(String deviceId) {
        return Optional.ofNullable(lastSeen.get(deviceId));
    }

    @Override
    public void onReading(Consumer<Reading> consumer) {
        readingConsumers.add(consumer);
    }

    @Override
    public void onOnline(DeviceOnlineListener listener) {
        onlineListeners.add(listener);
    }

    private void notifyReading(Reading r) {
        for (Consumer<Reading> c : readingConsumers) {
            try {
                c.accept(r);
            } catch (RuntimeException e) {
                // A broken consumer must never reach back into a driver's loop.
                log.error("reading consumer failed for {}/{}", r.deviceId(), r.metric(), e);
            }
        }
    }

    private record MetricKey(String deviceId, String metric) {}
}
