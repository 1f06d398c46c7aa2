package dev.rackd.app.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The alerts of the show as swimlanes: one lane per alert, a bar from each raise to its clear (or the end
 * of the window), a diamond where somebody acknowledged it. Severity shows as colour, as a fill pattern
 * (solid critical, hatched warning, outlined info) and as the word in the lane's label.
 */
final class AlertTimeline {
    static final int LANE = 30;
    static final int MAX_LANES = 40;

    record Interval(Instant from, Instant to, String severity) {}

    record Lane(String id, String label, List<Interval> intervals, List<Instant> acks) {}

    private AlertTimeline() {}

    /** Lanes from alert events (JSON as published on events), oldest first. */
    static List<Lane> lanes(List<JsonNode> alertEvents, Instant end) {
        Map<String, Lane> lanes = new LinkedHashMap<>();
        Map<String, Instant> openSince = new LinkedHashMap<>();
        Map<String, String> severity = new LinkedHashMap<>();
        for (JsonNode e : alertEvents) {
            String id = e.path("id").asText();
            Instant t = Instant.parse(e.path("ts").asText());
            Lane lane = lanes.computeIfAbsent(id, k -> new Lane(id, e.path("message").asText(id), new ArrayList<>(),
                    new ArrayList<>()));
            String type = e.path("type").asText();
            switch (type) {
                case "raise" -> {
                    openSince.putIfAbsent(id, t);
                    severity.put(id, e.path("severity").asText("info"));
                }
                case "update" -> severity.put(id, e.path("severity").asText(severity.getOrDefault(id, "info")));
                case "clear" -> {
                    Instant from = openSince.remove(id);
                    if (from != null) {
                        lane.intervals().add(new Interval(from, t, severity.getOrDefault(id, "info")));
                    }
                }
                case "ack" -> lane.acks().add(t);
                default -> { }
            }
        }
        openSince.forEach((id, from) -> lanes.get(id).intervals().add(new Interval(from, end,
                severity.getOrDefault(id, "info"))));
        return List.copyOf(lanes.values());
    }

    static String svg(List<Lane> lanes, Instant from, Instant to, ZoneId zone) {
        List<Lane> shown = lanes.subList(0, Math.min(MAX_LANES, lanes.size()));
        int height = SvgPlot.TOP + shown.size() * LANE + SvgPlot.BOTTOM;
        SvgPlot.Scale s = new SvgPlot.Scale(from, to, 0, 1);
        StringBuilder b = new StringBuilder("<figure class=\"timeline alerts\"><figcaption>Alerts over the show"
                + "</figcaption><svg viewBox=\"0 0 " + SvgPlot.W + " " + height + "\" role=\"img\""
                + " aria-label=\"alerts timeline\"><defs><pattern id=\"hatch\" width=\"6\" height=\"6\""
                + " patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"3\" height=\"6\""
                + " fill=\"#e08a00\"/></pattern></defs>");
        SvgPlot.timeTicks(b, s, zone, SvgPlot.TOP, height);
        for (int i = 0; i < shown.size(); i++) {
            Lane lane = shown.get(i);
            int top = SvgPlot.TOP + i * LANE;
            String worst = lane.intervals().stream().map(Interval::severity).reduce("info", AlertTimeline::worse);
            b.append("<g class=\"lane ").append(Html.esc(worst)).append("\"><text class=\"lane-label\" x=\"")
                    .append(SvgPlot.LEFT).append("\" y=\"").append(top + 11).append("\">")
                    .append(Html.esc(word(worst) + " · " + shorten(lane.label(), 80))).append("</text>");
            for (Interval iv : lane.intervals()) {
                double x1 = s.x(iv.from());
                double x2 = Math.max(x1 + 3, s.x(iv.to()));
                b.append("<rect class=\"bar ").append(Html.esc(iv.severity())).append("\" x=\"").append(SvgPlot.f(x1))
                        .append("\" y=\"").append(top + 15).append("\" width=\"").append(SvgPlot.f(x2 - x1))
                        .append("\" height=\"10\"").append(fill(iv.severity())).append("/>");
            }
            for (Instant ack : lane.acks()) {
                double x = s.x(ack);
                b.append("<path class=\"ack\" d=\"M").append(SvgPlot.f(x)).append(' ').append(top + 13).append("l5 7l-5 7l-5 -7z\"/>");
            }
            b.append("</g>");
        }
        b.append("</svg>");
        if (lanes.size() > shown.size()) {
            b.append("<p class=\"note\">").append(lanes.size() - shown.size()).append(" more alerts are in the table below.</p>");
        }
        return b.append("<div class=\"legend\"><span class=\"k-critical\">▲ critical (solid)</span>"
                + "<span class=\"k-warning\">◆ warning (hatched)</span><span class=\"k-info\">● info (outline)</span>"
                + "<span>◇ acknowledged</span></div></figure>\n").toString();
    }

    private static String fill(String severity) {
        return switch (severity) {
            case "critical" -> " fill=\"#d32f2f\"";
            case "warning" -> " fill=\"url(#hatch)\" stroke=\"#e08a00\"";
            default -> " fill=\"none\" stroke=\"#1f6fd1\" stroke-width=\"2\"";
        };
    }

    static String worse(String a, String b) {
        return rank(a) >= rank(b) ? a : b;
    }

    private static int rank(String s) {
        return switch (s) {
            case "critical" -> 3;
            case "warning" -> 2;
            default -> 1;
        };
    }

    static String word(String severity) {
        return switch (severity) {
            case "critical" -> "▲ CRITICAL";
            case "warning" -> "◆ WARNING";
            default -> "● INFO";
        };
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
