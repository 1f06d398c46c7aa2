package dev.rackd.app.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rackd.app.command.Json;
import dev.rackd.app.core.RackState;
import dev.rackd.hal.Quality;
import dev.rackd.hal.Reading;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rack state as the page sees it: readings keyed {@code device/metric}, and each device's online
 * state and last good reading. Remembers which readings changed since the last tick so that a tick
 * carries only those.
 */
final class LiveReadings {
    private final RackState state;
    private final List<String> deviceIds;
    private final Set<String> changed = ConcurrentHashMap.newKeySet();
    /** Metrics whose unit every page has been told. */
    private final Set<String> announced = ConcurrentHashMap.newKeySet();

    LiveReadings(RackState state, List<String> deviceIds) {
        this.state = state;
        this.deviceIds = List.copyOf(deviceIds);
    }

    /** From the rack state's reading callback. */
    void accept(Reading r) {
        changed.add(r.deviceId() + "/" + r.metric());
    }

    /** Every reading there is. */
    ObjectNode all() {
        ObjectNode out = Json.MAPPER.createObjectNode();
        state.all().forEach(r -> {
            announced.add(r.deviceId() + "/" + r.metric());
            put(out, r);
        });
        return out;
    }

    /**
     * The readings that changed since the last call, compact: a good reading of a metric the pages already
     * know is just its value; anything else (first sight, stale, fault) the whole object.
     */
    ObjectNode changedSinceLast() {
        ObjectNode out = Json.MAPPER.createObjectNode();
        for (String key : changed) {
            changed.remove(key);
            int slash = key.indexOf('/');
            state.latest(key.substring(0, slash), key.substring(slash + 1)).ifPresent(r -> {
                if (r.quality() == Quality.GOOD && Double.isFinite(r.value()) && !announced.add(key)) {
                    out.put(key, rounded(r.value()));
                } else {
                    put(out, r);
                }
            });
        }
        return out;
    }

    ArrayNode devices() {
        ArrayNode out = Json.MAPPER.createArrayNode();
        for (String id : deviceIds) {
            ObjectNode d = out.addObject();
            d.put("id", id);
            d.put("online", state.isOnline(id));
            state.lastSeen(id).ifPresentOrElse(t -> d.put("last_seen", t.toEpochMilli()), () -> d.putNull("last_seen"));
        }
        return out;
    }

    /** {@code key: {value, unit, quality, ts}}; NaN (a fault) goes out as null. */
    private static void put(ObjectNode out, Reading r) {
        ObjectNode o = out.putObject(r.deviceId() + "/" + r.metric());
        if (Double.isFinite(r.value())) {
            o.put("value", rounded(r.value()));
        } else {
            o.putNull("value");
        }
        o.put("unit", r.unit().symbol());
        o.put("quality", r.quality().name().toLowerCase(Locale.ROOT));
        o.put("ts", millis(r.time()));
    }

    private static long millis(Instant t) {
        return t.toEpochMilli();
    }

    /** Three decimals are more than any meter here resolves; float noise is not worth the bytes. */
    static double rounded(double v) {
        return Math.abs(v) < 1e12 ? Math.round(v * 1000) / 1000.0 : v;
    }
}
