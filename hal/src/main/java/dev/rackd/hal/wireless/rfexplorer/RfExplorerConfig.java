package dev.rackd.hal.wireless.rfexplorer;

import java.time.Duration;
import java.util.Objects;

/**
 * One RF Explorer on a serial port.
 *
 * @param sweepsPerSpan  sweeps kept (max hold) per span, after the first one which may straddle the span change
 * @param spanTimeout    a span that brings no config or no sweeps within this is a failed scan
 * @param silenceTimeout no byte for this long: offline, the port is closed and reopened
 */
public record RfExplorerConfig(String id, String port, int baud, int sweepsPerSpan, int topDbm, int bottomDbm,
        Duration spanTimeout, Duration silenceTimeout) {
    public RfExplorerConfig {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(port, "port");
        if (baud != 500_000 && baud != 2_400) {
            throw new IllegalArgumentException(id + ": an RF Explorer speaks 500000 or 2400 baud, not " + baud);
        }
        if (sweepsPerSpan < 1 || sweepsPerSpan > 50 || topDbm <= bottomDbm) {
            throw new IllegalArgumentException(id + ": sweeps per span 1 to 50 and top above bottom");
        }
    }

    /** Two sweeps per span, -10/-120 dBm, 5 s per span, 5 s of silence before offline. */
    public static RfExplorerConfig of(String id, String port, int baud) {
        return new RfExplorerConfig(id, port, baud, 2, -10, -120, Duration.ofSeconds(5), Duration.ofSeconds(5));
    }
}
