package dev.rackd.app.alerts;

import dev.rackd.config.ShowFile;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * When each device and each metric last gave a valid reading, and how often it should: the base for
 * the offline alert (no valid reading for N polls) and the stale alert.
 */
final class DeviceWatch {
    /** For devices the show file gives no poll interval (domain-made devices). */
    static final Duration DEFAULT_POLL = Duration.ofSeconds(1);

    private final Map<String, Duration> polls = new HashMap<>();
    private final Map<String, Instant> deviceGood = new HashMap<>();
    private final Map<String, Instant> metricGood = new HashMap<>();
    private final int pollsBeforeOffline;
    private final Instant started;

    DeviceWatch(ShowFile show, int pollsBeforeOffline, Instant started) {
        this.pollsBeforeOffline = Math.max(1, pollsBeforeOffline);
        this.started = started;
        show.powerMeters().forEach(d -> polls.put(d.id(), d.poll()));
        show.dcMonitors().forEach(d -> polls.put(d.id(), d.poll()));
        show.temperatureSensors().forEach(d -> polls.put(d.id(), d.poll()));
        show.amplifiers().forEach(d -> polls.put(d.id(), d.poll()));
        show.receivers().forEach(d -> polls.put(d.id(), d.meterInterval()));
    }

    void good(String deviceId, String metric, Instant time) {
        deviceGood.merge(deviceId, time, (a, b) -> a.isAfter(b) ? a : b);
        metricGood.merge(deviceId + '\n' + metric, time, (a, b) -> a.isAfter(b) ? a : b);
    }

    /** How long a device or metric may go without a valid reading. */
    Duration allowance(String deviceId) {
        Duration poll = polls.getOrDefault(deviceId, DEFAULT_POLL);
        return (poll.isZero() || poll.isNegative() ? DEFAULT_POLL : poll).multipliedBy(pollsBeforeOffline);
    }

    /** Seconds without a valid reading of this metric (since start if it never had one). */
    long secondsWithoutGood(String deviceId, String metric, Instant now) {
        Instant last = metricGood.getOrDefault(deviceId + '\n' + metric, started);
        return Duration.between(last, now).toSeconds();
    }

    boolean metricOverdue(String deviceId, String metric, Instant now) {
        Instant last = metricGood.getOrDefault(deviceId + '\n' + metric, started);
        return Duration.between(last, now).compareTo(allowance(deviceId)) > 0;
    }

    /** Show-file devices whose last valid reading (or rackd's start) is older than their allowance. */
    Map<String, Duration> overdueDevices(Instant now) {
        Map<String, Duration> out = new HashMap<>();
        polls.keySet().forEach(id -> {
            Instant last = deviceGood.getOrDefault(id, started);
            Duration silent = Duration.between(last, now);
            if (silent.compareTo(allowance(id)) > 0) {
                out.put(id, silent);
            }
        });
        return out;
    }

    Optional<Duration> pollOf(String deviceId) {
        return Optional.ofNullable(polls.get(deviceId));
    }
}
