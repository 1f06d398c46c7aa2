package dev.rackd.hal.wireless.link;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;

/**
 * Frequency changes sent and not yet read back, per channel. A change completes with the frequency the receiver
 * reports next for that channel, or fails on a refusal, a lost link or after the timeout.
 */
public final class PendingTunes {
    private final String deviceId;
    private final Clock clock;
    private final Duration timeout;
    private final Map<Integer, Pending> pending = new ConcurrentHashMap<>();

    private record Pending(long khz, CompletableFuture<Long> future, Instant deadline) {}

    public PendingTunes(String deviceId, Clock clock, Duration timeout) {
        this.deviceId = deviceId;
        this.clock = clock;
        this.timeout = timeout;
    }

    public CompletableFuture<Long> expect(int channel, long khz) {
        CompletableFuture<Long> f = new CompletableFuture<>();
        Pending old = pending.put(channel, new Pending(khz, f, clock.instant().plus(timeout)));
        if (old != null) {
            old.future().completeExceptionally(new IOException("superseded by a newer frequency for channel " + channel));
        }
        return f;
    }

    /** The receiver reported this channel's frequency. */
    public void reported(int channel, long khz) {
        Pending p = pending.remove(channel);
        if (p != null) {
            p.future().complete(khz);
        }
    }

    public void expire(Instant now) {
        pending.entrySet().removeIf(e -> {
            if (now.isAfter(e.getValue().deadline())) {
                e.getValue().future().completeExceptionally(new TimeoutException(deviceId + " did not confirm "
                        + e.getValue().khz() + " kHz on channel " + e.getKey() + " within " + timeout.toSeconds() + " s"));
                return true;
            }
            return false;
        });
    }

    public void failAll(String reason) {
        pending.values().forEach(p -> p.future().completeExceptionally(new IOException(reason)));
        pending.clear();
    }

    public static CompletableFuture<Long> failed(Exception e) {
        CompletableFuture<Long> f = new CompletableFuture<>();
        f.completeExceptionally(e);
        return f;
    }
}
