package dev.rackd.app.systemd;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Decides on each tick whether rackd is alive enough to ping systemd's watchdog. It pings only when every
 * registered {@link ProgressSource} has moved within its own window; with no source at all it does not
 * ping either, so a timer thread that is merely awake can never keep a hung service running.
 *
 * <p>Time comes from a monotonic nanosecond source: a Pi has no battery clock and the wall clock jumps
 * when NTP first syncs after boot.
 */
public final class Watchdog {
    /** The outcome of one tick: whether it pinged, and which sources held it back. */
    public record Verdict(boolean pinged, List<Stall> stalls) {
        public Verdict {
            stalls = List.copyOf(stalls);
        }

        /** "audio loop 3.2 s, device amp-1 12.0 s" or "no progress sources". */
        public String summary() {
            if (stalls.isEmpty()) {
                return pinged ? "all loops progressing" : "no progress sources";
            }
            List<String> parts = new ArrayList<>();
            for (Stall s : stalls) {
                parts.add(s.name() + " " + String.format(Locale.ROOT, "%.1f s", s.stalledFor().toMillis() / 1000.0));
            }
            return String.join(", ", parts);
        }
    }

    /** A source that has not moved for longer than it may. */
    public record Stall(String name, Duration stalledFor, Duration maxStall) {}

    private static final class Track {
        final ProgressSource source;
        long lastValue;
        long lastChangeNanos;

        Track(ProgressSource source, long value, long now) {
            this.source = source;
            this.lastValue = value;
            this.lastChangeNanos = now;
        }
    }

    private final Notifier notifier;
    private final LongSupplier nanoTime;
    private final Map<String, Track> tracks = new LinkedHashMap<>();

    public Watchdog(Notifier notifier, LongSupplier nanoTime) {
        this.notifier = notifier;
        this.nanoTime = nanoTime;
    }

    /** Adds (or replaces, by name) a source; it gets a full window from now before it can stall. */
    public synchronized void register(ProgressSource source) {
        tracks.put(source.name(), new Track(source, look(source, 0), nanoTime.getAsLong()));
    }

    /** Removes a source, e.g. a device the crew took out of the show. */
    public synchronized void unregister(String name) {
        tracks.remove(name);
    }

    /** Looks at every source once and pings systemd only if none is stalled. */
    public synchronized Verdict tick() {
        long now = nanoTime.getAsLong();
        List<Stall> stalls = new ArrayList<>();
        for (Track t : tracks.values()) {
            long value = look(t.source, t.lastValue);
            if (value != t.lastValue) {
                t.lastValue = value;
                t.lastChangeNanos = now;
                continue;
            }
            Duration quiet = Duration.ofNanos(now - t.lastChangeNanos);
            if (quiet.compareTo(t.source.maxStall()) > 0) {
                stalls.add(new Stall(t.source.name(), quiet, t.source.maxStall()));
            }
        }
        boolean healthy = stalls.isEmpty() && !tracks.isEmpty();
        if (healthy) {
            notifier.send("WATCHDOG=1");
        }
        return new Verdict(healthy, stalls);
    }

    /** A source that cannot answer is not making progress: it keeps its last value. */
    private static long look(ProgressSource source, long lastValue) {
        try {
            return source.progress();
        } catch (RuntimeException e) {
            return lastValue;
        }
    }
}
