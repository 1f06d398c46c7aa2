package dev.rackd.hal.wireless.shure;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How to reach one Shure networked receiver.
 *
 * @param family         how the receiver meters (its SAMPLE layout)
 * @param channels       the receiver channels in use (1-based)
 * @param meterInterval  how often the receiver sends SAMPLE metering (100 ms and up)
 * @param silenceTimeout no frame for this long: the receiver is asked once, then counted offline
 */
public record ShureReceiverConfig(String id, String host, int port, ShureFamily family, List<Integer> channels,
        Duration meterInterval, Duration connectTimeout, Duration silenceTimeout) {
    public static final int DEFAULT_PORT = 2202;

    public ShureReceiverConfig {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(family, "family");
        channels = List.copyOf(channels);
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException(id + ": port " + port + " is not a TCP port");
        }
        if (channels.isEmpty() || channels.stream().anyMatch(c -> c < 1 || c > 8)) {
            throw new IllegalArgumentException(id + ": channels must be 1 to 8, got " + channels);
        }
        if (meterInterval.toMillis() < 100 || meterInterval.toMillis() > 99_999) {
            throw new IllegalArgumentException(id + ": meter interval must be 100 ms to 99.999 s");
        }
    }

    /** Metering as asked, 3 s to connect, 5 s of silence before offline. */
    public static ShureReceiverConfig of(String id, String host, int port, ShureFamily family, List<Integer> channels,
            Duration meter) {
        return new ShureReceiverConfig(id, host, port, family, channels, meter, Duration.ofSeconds(3),
                Duration.ofSeconds(5));
    }
}
