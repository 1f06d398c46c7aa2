package dev.rackd.app.systemd;

import dev.rackd.hal.Device;
import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * A loop the watchdog vouches for: a device poller, the audio loop, an executor. The watchdog only pings
 * systemd while every source's counter keeps moving, so a hung loop ends in a restart.
 */
public interface ProgressSource {
    /** Shown in logs and in the systemd status when the source stalls, e.g. "device meter-a". */
    String name();

    /** A counter that changes whenever the loop completes a cycle; any change counts as progress. */
    long progress();

    /** The longest time without progress that is still healthy. */
    Duration maxStall();

    static ProgressSource of(String name, Duration maxStall, LongSupplier counter) {
        Objects.requireNonNull(name);
        Objects.requireNonNull(counter);
        if (maxStall.isNegative() || maxStall.isZero()) {
            throw new IllegalArgumentException("maxStall of '" + name + "' must be positive, got " + maxStall);
        }
        return new ProgressSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public long progress() {
                return counter.getAsLong();
            }

            @Override
            public Duration maxStall() {
                return maxStall;
            }
        };
    }

    /**
     * A driver's loop. Its {@link Device#cycles()} must keep advancing while it retries an unplugged
     * device, or {@code maxStall} must be longer than its longest backoff: a yanked cable is not a hang.
     */
    static ProgressSource of(Device device, Duration maxStall) {
        return of("device " + device.id(), maxStall, device::cycles);
    }
}
