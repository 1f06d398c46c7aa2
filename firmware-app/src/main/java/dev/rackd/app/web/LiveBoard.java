package dev.rackd.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rackd.app.alerts.Alert;
import dev.rackd.app.command.Json;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What a page shows, as JSON: the whole picture for a new page ({@link #snapshot()}) and, once a second,
 * what changed ({@link #tick()}): readings that moved, every device's online state and last-seen time, and
 * the alerts, spectrum and notches when they changed. Called from the dashboard's one timer thread.
 */
final class LiveBoard {
    private final Clock clock;
    private final LiveReadings readings;
    private final AlertSource alerts;
    private final WirelessView wireless;
    private final DomainFeeds feeds;
    private final AtomicReference<ArrayNode> openAlerts = new AtomicReference<>(Json.MAPPER.createArrayNode());
    private String lastAlerts = "";
    private String lastWireless = "";
    private long lastFeeds = -1;

    LiveBoard(Clock clock, LiveReadings readings, AlertSource alerts, WirelessView wireless, DomainFeeds feeds) {
        this.clock = clock;
        this.readings = readings;
        this.alerts = alerts;
        this.wireless = wireless;
        this.feeds = feeds;
    }

    /** Asks the alert engine for the open alerts; the answer is used by the next tick, never waited for. */
    void refreshAlerts() {
        alerts.open().thenAccept(this::takeAlerts);
    }

    void takeAlerts(List<Alert> open) {
        ArrayNode a = Json.MAPPER.createArrayNode();
        open.forEach(x -> a.add(Json.MAPPER.<JsonNode>valueToTree(x)));
        openAlerts.set(a);
    }

    String snapshot() {
        ObjectNode out = base();
        out.set("readings", readings.all());
        out.set("alerts", openAlerts.get());
        out.set("wireless", wireless.build());
        out.set("notches", notches());
        return HttpJson.string(out);
    }

    /** The tick's JSON; null fields are left out when unchanged. */
    synchronized String tick() {
        ObjectNode out = base();
        out.set("readings", readings.changedSinceLast());
        String a = HttpJson.string(openAlerts.get());
        if (!a.equals(lastAlerts)) {
            lastAlerts = a;
            out.set("alerts", openAlerts.get());
        }
        ObjectNode w = wireless.build();
        String ws = HttpJson.string(w);
        if (!ws.equals(lastWireless)) {
            lastWireless = ws;
            out.set("wireless", w);
        }
        long v = feeds.version();
        if (v != lastFeeds) {
            lastFeeds = v;
            out.set("notches", notches());
        }
        return HttpJson.string(out);
    }

    private JsonNode notches() {
        return feeds.notches();
    }

    private ObjectNode base() {
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.put("t", clock.millis());
        out.set("devices", readings.devices());
        return out;
    }
}
