package dev.rackd.hal.amps.powersoft;

import java.time.Duration;

/**
 * What the driver needs to know about one amp.
 *
 * @param host      the amp's address
 * @param port      its UDP port, 1234 unless a simulator or a NAT says otherwise
 * @param channels  output channels, numbered from 1
 * @param poll      how often every value is read
 * @param timeout   how long to wait for one answer
 * @param retries   how many times a request is sent again when no answer came (all our requests are safe to repeat)
 * @param backoffMax the longest wait between tries while the amp is offline
 */
public record PowersoftSettings(String id, String host, int port, int channels, Duration poll, Duration timeout,
        int retries, Duration backoffMax) {
    public static final int DEFAULT_PORT = 1234;

    public PowersoftSettings {
        if (channels < 1 || channels > 16) {
            throw new IllegalArgumentException("amp " + id + ": " + channels + " channels; allowed 1..16");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("amp " + id + ": port " + port + " is outside 1..65535");
        }
        if (retries < 0 || poll.isNegative() || poll.isZero() || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("amp " + id + ": poll and timeout must be positive, retries >= 0");
        }
    }

    /** The defaults: 250 ms per answer, two retries, at most 5 s between tries while offline. */
    public static PowersoftSettings of(String id, String host, int port, int channels, Duration poll) {
        return new PowersoftSettings(id, host, port, channels, poll, Duration.ofMillis(250), 2, Duration.ofSeconds(5));
    }
}
