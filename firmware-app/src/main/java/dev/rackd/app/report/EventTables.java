package dev.rackd.app.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rackd.app.command.Json;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The report's event sections: alerts (timeline and log), devices, wireless, notches, sequencing. */
final class EventTables {
    static final int MAX_ROWS = 500;

    private final ShowHistory h;
    private final ZoneId zone;
    private final DateTimeFormatter time;

    EventTables(ShowHistory h, ZoneId zone) {
        this.h = h;
        this.zone = zone;
        this.time = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(zone);
    }

    List<JsonNode> json(String kind) {
        List<JsonNode> out = new ArrayList<>();
        for (ShowHistory.Event e : h.events()) {
            if (e.kind().equals(kind)) {
                try {
                    JsonNode n = Json.MAPPER.readTree(e.json());
                    if (n != null && n.isObject()) {
                        ((com.fasterxml.jackson.databind.node.ObjectNode) n).put("_time", e.time().toString());
                        out.add(n);
                    }
                } catch (IOException ignored) {
                    // a record that passed its checksum but is not JSON: not ours to show
                }
            }
        }
        return out;
    }

    String alerts() {
        List<JsonNode> events = json("alert");
        StringBuilder b = new StringBuilder("<section id=\"alerts\"><h2>Alerts</h2>");
        if (events.isEmpty()) {
            return b.append("<p class=\"note ok\">✓ No alert was raised in this window.</p></section>\n").toString();
        }
        b.append(AlertTimeline.svg(AlertTimeline.lanes(events, h.to()), h.from(), h.to(), zone));
        b.append("<table class=\"log alerts\"><thead><tr><th>Time</th><th>What</th><th>Severity</th><th>Alert</th>"
                + "<th>Value</th><th>By</th></tr></thead><tbody>");
        int rows = 0;
        for (JsonNode e : events) {
            if (rows++ >= MAX_ROWS) {
                break;
            }
            String sev = e.path("severity").asText("info");
            b.append("<tr class=\"").append(Html.esc(sev)).append("\"><td>").append(at(e)).append("</td><td>")
                    .append(Html.esc(verb(e.path("type").asText()))).append("</td><td class=\"sev\">")
                    .append(Html.esc(AlertTimeline.word(sev))).append("</td><td>")
                    .append(Html.esc(e.path("message").asText())).append("</td><td>")
                    .append(e.path("value").isNumber() ? Html.num(e.path("value").asDouble(), 1) + " "
                            + Html.esc(e.path("unit").asText()) : "").append("</td><td>")
                    .append(Html.esc(e.path("type").asText().equals("ack") ? e.path("acked_by").asText() : ""))
                    .append("</td></tr>");
        }
        b.append("</tbody></table>");
        if (events.size() > MAX_ROWS) {
            b.append("<p class=\"note\">").append(events.size() - MAX_ROWS).append(" more events not listed.</p>");
        }
        return b.append("</section>\n").toString();
    }

    String devices() {
        Set<String> lost = new HashSet<>(); // "again" only after an OFFLINE: at rackd's start a device is just online
        return table("devices", "Devices off- and online", json("device"), "No device went offline in this window.",
                e -> {
                    String device = e.path("device").asText();
                    boolean online = e.path("online").asBoolean();
                    String what = !online ? "✕ OFFLINE · " : lost.contains(device) ? "✓ online again · " : "✓ online · ";
                    if (online) {
                        lost.remove(device);
                    } else {
                        lost.add(device);
                    }
                    return what + device + " · " + e.path("reason").asText();
                });
    }

    String wireless() {
        return table("wireless", "Wireless events", json("wireless"), "No wireless event (re-tune, interference,"
                + " deployment) was recorded in this window.", EventTables::fields);
    }

    String notches() {
        List<JsonNode> events = json("audio");
        StringBuilder b = new StringBuilder();
        List<JsonNode> notch = events.stream().filter(e -> e.path("event").asText().startsWith("notch")).toList();
        if (!notch.isEmpty()) {
            b.append(NotchPlot.svg(notch, h.from(), h.to(), zone));
        }
        String t = table("notches", "Notches and limiter", events, "No notch was placed and the limiter never acted"
                + " in this window.", EventTables::fields);
        return t.replace("<h2>Notches and limiter</h2>", "<h2>Notches and limiter</h2>" + b);
    }

    String sequence() {
        List<JsonNode> events = json("power");
        return events.isEmpty() ? "" : table("sequence", "Power sequencing", events, "", EventTables::fields);
    }

    interface Describe {
        String of(JsonNode e);
    }

    private String table(String id, String title, List<JsonNode> events, String none, Describe describe) {
        StringBuilder b = new StringBuilder("<section id=\"").append(id).append("\"><h2>").append(Html.esc(title))
                .append("</h2>");
        if (events.isEmpty()) {
            return b.append("<p class=\"note\">").append(Html.esc(none)).append("</p></section>\n").toString();
        }
        b.append("<table class=\"log ").append(id).append("\"><thead><tr><th>Time</th><th>Event</th></tr></thead><tbody>");
        events.stream().limit(MAX_ROWS).forEach(e -> b.append("<tr><td>").append(at(e)).append("</td><td>")
                .append(Html.esc(describe.of(e))).append("</td></tr>"));
        return b.append("</tbody></table></section>\n").toString();
    }

    private String at(JsonNode e) {
        return time.format(Instant.parse(e.path("_time").asText()));
    }

    /** {@code event: notch_placed · channel 1 · hz 2513.4 ...}: every field, in its order. */
    static String fields(JsonNode e) {
        List<String> parts = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = e.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (!f.getKey().startsWith("_")) {
                parts.add(f.getKey().replace('_', ' ') + " " + (f.getValue().isValueNode() ? f.getValue().asText()
                        : f.getValue().toString()));
            }
        }
        return String.join(" · ", parts);
    }

    private static String verb(String type) {
        return switch (type) {
            case "raise" -> "Raised";
            case "clear" -> "Cleared";
            case "ack" -> "Acknowledged";
            case "update" -> "Changed";
            default -> type;
        };
    }
}
