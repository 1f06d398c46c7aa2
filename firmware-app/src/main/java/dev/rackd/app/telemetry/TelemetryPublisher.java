package dev.rackd.app.telemetry;

import dev.rackd.app.core.Messaging;
import dev.rackd.app.core.RackState;
import dev.rackd.hal.Quality;
import dev.rackd.hal.Reading;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Readings and device states to retained MQTT topics. A metric is published when its value or quality
 * changes, and again whenever it has not been published for a telemetry interval; everything retained is
 * published again after each (re)connect, because a restarted broker may have lost it.
 */
public final class TelemetryPublisher {
    /** Telemetry the next interval repeats anyway: at most once. */
    static final int METRIC_QOS = 0;
    /** A device's online flag must arrive. */
    static final int ONLINE_QOS = 1;

    private final Messaging messaging;
    private final Topics topics;
    private final RackState state;
    private final List<String> deviceIds;
    private final Duration interval;
    private final Clock clock;
    private final Map<String, Sent> sent = new ConcurrentHashMap<>();

    private record Sent(double value, Quality quality, Instant at) {
        boolean sameAs(Reading r) {
            return Double.compare(value, r.value()) == 0 && quality == r.quality();
        }
    }

    /**
     * @param deviceIds every device of the show file: each gets an online topic from the start
     */
    public TelemetryPublisher(Messaging messaging, Topics topics, RackState state, List<String> deviceIds,
            Duration interval, Clock clock) {
        this.messaging = messaging;
        this.topics = topics;
        this.state = state;
        this.deviceIds = List.copyOf(deviceIds);
        this.interval = interval;
        this.clock = clock;
    }

    /** Hooks into the state and the link; call once, before devices start. */
    public void start() {
        state.onReading(this::reading);
        state.onOnline((deviceId, online, reason) -> publishOnline(deviceId, online));
        messaging.onConnect(this::republishAll);
    }

    /** Re-publishes every metric not published for a whole interval. Called by the service's timer. */
    public void tick() {
        Instant now = clock.instant();
        for (Reading r : state.all()) {
            Sent last = sent.get(topics.metric(r.deviceId(), r.metric()));
            if (last == null || !last.at().plus(interval).isAfter(now)) {
                publish(r, now);
            }
        }
    }

    /** Everything retained, as it is now. */
    public void republishAll() {
        for (String id : deviceIds) {
            publishOnline(id, state.isOnline(id));
        }
        Instant now = clock.instant();
        state.all().forEach(r -> publish(r, now));
    }

    private void reading(Reading r) {
        Instant now = clock.instant();
        String topic = topics.metric(r.deviceId(), r.metric());
        Sent last = sent.get(topic);
        if (last == null || !last.sameAs(r) || !last.at().plus(interval).isAfter(now)) {
            publish(r, now);
        }
    }

    private void publish(Reading r, Instant now) {
        String topic = topics.metric(r.deviceId(), r.metric());
        sent.put(topic, new Sent(r.value(), r.quality(), now));
        messaging.publish(topic, TelemetryJson.of(r), METRIC_QOS, true);
    }

    private void publishOnline(String deviceId, boolean online) {
        messaging.publish(topics.deviceOnline(deviceId), Boolean.toString(online).getBytes(StandardCharsets.US_ASCII),
                ONLINE_QOS, true);
    }
}
