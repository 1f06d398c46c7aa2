package dev.rackd.hal.wireless.shure;

import dev.rackd.hal.Reading;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values a Shure receiver reports only when they change (battery, frequency, gain, mute, interference). The
 * receiver promises a report on every change, so while the link is alive the last one still holds; repeating it at
 * the metering interval, stamped now, lets the rules that need a value to persist (an alert's minimum duration, the
 * stale check) see it persist, as they would with a polled device. Owner thread only.
 */
final class HeldReports {
    private final Duration repeat;
    private final Map<String, Reading> latest = new LinkedHashMap<>();
    private Instant lastRepeat = Instant.MIN;

    HeldReports(Duration repeat) {
        this.repeat = repeat;
    }

    void reported(Reading r) {
        latest.put(r.metric(), r);
    }

    /** A new session asks for everything again: nothing held from the last one counts. */
    void clear() {
        latest.clear();
    }

    /** The held values stamped {@code now}, once every repeat interval; empty in between. */
    List<Reading> due(Instant now) {
        if (lastRepeat.isAfter(now.minus(repeat))) {
            return List.of();
        }
        lastRepeat = now;
        return latest.values().stream()
                .map(r -> new Reading(r.deviceId(), r.metric(), r.value(), r.unit(), now, r.quality())).toList();
    }
}
