package dev.rackd.hal.wireless.sennheiser;

import java.time.Duration;
import java.util.Objects;

/**
 * How to reach one Sennheiser EW G3/G4 receiver.
 *
 * @param localPort      the UDP port to send from (0: any). The receiver answers the sender's address and port; set
 *                       53212 for a unit that only ever answers to 53212.
 * @param meterInterval  how often the receiver sends its cyclic attributes (100 ms steps)
 * @param silenceTimeout nothing heard for this long: offline
 */
public record SennheiserReceiverConfig(String id, String host, int port, int localPort, Duration meterInterval,
        Duration silenceTimeout) {
    public SennheiserReceiverConfig {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(host, "host");
        if (port < 1 || port > 65_535 || localPort < 0 || localPort > 65_535) {
            throw new IllegalArgumentException(id + ": UDP ports must be 1 to 65535");
        }
        if (meterInterval.toMillis() < 100 || meterInterval.toMillis() > 60_000) {
            throw new IllegalArgumentException(id + ": meter interval must be 100 ms to 60 s");
        }
    }

    public static SennheiserReceiverConfig of(String id, String host, int port, Duration meterInterval) {
        return new SennheiserReceiverConfig(id, host, port, 0, meterInterval, Duration.ofSeconds(5));
    }
}
