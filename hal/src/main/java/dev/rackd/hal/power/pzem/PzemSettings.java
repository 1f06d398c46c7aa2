package dev.rackd.hal.power.pzem;

import java.time.Duration;

/**
 * One PZEM-004T on a bus.
 *
 * @param phase                which phase it sits on, as the metric prefix: "l1", "l2" or "l3"
 * @param offlineAfterFailures failed polls in a row (each after its retries) before it is offline
 */
public record PzemSettings(String id, int address, String phase, Duration poll, int offlineAfterFailures) {
    public PzemSettings {
        PzemCodec.checkAddress(address);
        if (!phase.matches("l[1-3]")) {
            throw new IllegalArgumentException("phase must be l1, l2 or l3, got " + phase);
        }
        if (poll.isNegative() || poll.isZero()) {
            throw new IllegalArgumentException("poll interval must be positive, got " + poll);
        }
    }
}
