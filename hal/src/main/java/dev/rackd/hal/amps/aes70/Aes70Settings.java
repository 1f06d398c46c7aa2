package dev.rackd.hal.amps.aes70;

import java.time.Duration;
import java.util.Map;

/**
 * What the rackd driver needs to know about one AES70 amp.
 *
 * @param objects    role name to object number for this device model, e.g. {@code ch1_gain -> 0x10003}; see
 *                   {@link Aes70Role} for the roles understood
 * @param poll       how often every object is read (subscriptions report changes in between)
 * @param backoffMax the longest wait between connection attempts while the amp is away
 */
public record Aes70Settings(String id, String host, int port, int channels, Map<String, Long> objects, Duration poll,
        OcaController.Options options, Duration backoffMax) {
    public Aes70Settings {
        objects = Map.copyOf(objects);
        if (channels < 1 || channels > 16) {
            throw new IllegalArgumentException("amp " + id + ": " + channels + " channels; allowed 1..16");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("amp " + id + ": port " + port + " is outside 1..65535");
        }
        if (poll.isNegative() || poll.isZero()) {
            throw new IllegalArgumentException("amp " + id + ": poll must be positive");
        }
    }

    public static Aes70Settings of(String id, String host, int port, int channels, Map<String, Long> objects, Duration poll) {
        return new Aes70Settings(id, host, port, channels, objects, poll, OcaController.Options.defaults(), Duration.ofSeconds(5));
    }
}
