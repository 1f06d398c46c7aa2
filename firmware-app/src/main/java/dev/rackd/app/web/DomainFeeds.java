package dev.rackd.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rackd.app.command.Json;
import dev.rackd.app.core.InboundMessage;
import dev.rackd.app.core.Messaging;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wireless and audio state that is not a reading: the last spectrum scan and the notch filters in
 * place, from the rack's own topics (documented in docs/dashboard.md): a retained scan and notch picture
 * when the domains publish one, and the audio domain's notch events otherwise. Bounded in size.
 */
public final class DomainFeeds {
    /** Retained: the last scan, its coordinated carriers and intermodulation products. */
    public static final String WIRELESS_SCAN = "wireless/scan";
    /** Retained: every channel's notch filters. */
    public static final String AUDIO_NOTCHES = "audio/notches";
    /** Not retained: the wireless domain's events (re-tune, deployment...), one JSON object each. */
    public static final String WIRELESS_EVENTS = "events/wireless";
    public static final String AUDIO_EVENTS = "audio/events";
    static final int MAX_BYTES = 512 * 1024;
    private static final Logger log = LoggerFactory.getLogger(DomainFeeds.class);

    private final AtomicReference<JsonNode> scan = new AtomicReference<>();
    private final AtomicReference<JsonNode> storedScan = new AtomicReference<>();
    private final AtomicReference<JsonNode> notches = new AtomicReference<>();
    private final NotchBoard fromEvents = new NotchBoard();
    private final AtomicLong version = new AtomicLong();

    void subscribe(Messaging messaging) {
        messaging.subscribe(messaging.prefix() + WIRELESS_SCAN, m -> take(m, scan));
        messaging.subscribe(messaging.prefix() + AUDIO_NOTCHES, m -> take(m, notches));
        messaging.subscribe(messaging.prefix() + AUDIO_EVENTS, this::audioEvent);
    }

    void audioEvent(InboundMessage m) {
        JsonNode e = parse(m.topic(), m.payload());
        if (e != null && fromEvents.take(e)) {
            version.incrementAndGet();
        }
    }

    /** The last scan published on MQTT, else the one the wireless domain keeps in the state; null before any. */
    JsonNode scan() {
        JsonNode published = scan.get();
        return published != null ? published : storedScan.get();
    }

    /** From the state directory (see {@link StoredScan}); same object again changes nothing. */
    void storedScan(JsonNode s) {
        if (storedScan.getAndSet(s) != s) {
            version.incrementAndGet();
        }
    }

    /** The notches as the audio domain publishes them retained, else as followed from its events. */
    JsonNode notches() {
        JsonNode retained = notches.get();
        return retained != null ? retained : fromEvents.json();
    }

    /** Grows whenever either feed changes. */
    long version() {
        return version.get();
    }

    void take(InboundMessage m, AtomicReference<JsonNode> into) {
        JsonNode node = parse(m.topic(), m.payload());
        if (node != null || m.payload().length == 0) {
            into.set(node);
            version.incrementAndGet();
        }
    }

    /** A JSON object within the size bound; empty (and logged) for anything else. */
    public static java.util.Optional<JsonNode> jsonObject(String topic, byte[] payload) {
        return java.util.Optional.ofNullable(parse(topic, payload));
    }

    /** A JSON object within the size bound, or null (logged) for anything else. */
    static JsonNode parse(String topic, byte[] payload) {
        if (payload.length == 0) {
            return null;
        }
        if (payload.length > MAX_BYTES) {
            log.warn("{}: {} bytes is over the dashboard's limit of {}; ignored", topic, payload.length, MAX_BYTES);
            return null;
        }
        try {
            JsonNode n = Json.STRICT.readTree(payload);
            if (n != null && n.isObject()) {
                return n;
            }
            log.warn("{}: not a JSON object; ignored", topic);
        } catch (java.io.IOException e) {
            log.warn("{}: not JSON ({}); ignored", topic, e.getMessage());
        }
        return null;
    }
}
