package dev.rackd.hal.wireless.rfexplorer;

import dev.rackd.hal.Reading;
import dev.rackd.hal.Unit;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * What the crew sees of the sweeps the scanner streams: {@code noise_floor} (the median level of a sweep: carriers
 * fill a few bins, the floor most of them), {@code peak_level} and {@code peak_frequency} (the strongest bin), at most
 * once a second so a dashboard is not flooded at the sweep rate. Owner thread only.
 */
final class SweepSummary {
    static final Duration EVERY = Duration.ofSeconds(1);
    private final String deviceId;
    private Instant last = Instant.MIN;

    SweepSummary(String deviceId) {
        this.deviceId = deviceId;
    }

    List<Reading> of(RfExplorerMessage.Config span, RfExplorerMessage.Sweep sweep, Instant now) {
        double[] levels = sweep.levelsDbm();
        if (levels.length == 0 || last.isAfter(now.minus(EVERY))) {
            return List.of();
        }
        last = now;
        int peak = 0;
        for (int i = 1; i < levels.length; i++) {
            if (levels[i] > levels[peak]) {
                peak = i;
            }
        }
        double[] sorted = levels.clone();
        Arrays.sort(sorted);
        return List.of(Reading.good(deviceId, "noise_floor", sorted[sorted.length / 2], Unit.DBM, now),
                Reading.good(deviceId, "peak_level", levels[peak], Unit.DBM, now),
                Reading.good(deviceId, "peak_frequency", span.pointKhz(peak), Unit.KILOHERTZ, now));
    }
}
