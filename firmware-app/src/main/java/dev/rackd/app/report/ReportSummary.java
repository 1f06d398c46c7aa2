package dev.rackd.app.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The report's first screen (what a tech wants to know at a glance) and the wireless channel table. */
final class ReportSummary {
    private ReportSummary() {}

    static String html(ShowHistory h, JsonNode layout, EventTables events, ReportSections plots, ZoneId zone) {
        DateTimeFormatter hm = DateTimeFormatter.ofPattern("HH:mm").withZone(zone);
        List<JsonNode> alerts = events.json("alert");
        long raised = alerts.stream().filter(e -> e.path("type").asText().equals("raise")).count();
        long critical = becameCritical(alerts);
        StringBuilder b = new StringBuilder("<section id=\"summary\"><h2>At a glance</h2><div class=\"tiles\">");
        tile(b, critical > 0 ? "critical" : raised > 0 ? "warning" : "", "Alerts raised", raised + "",
                critical + " critical");
        String peakText = "–";
        String peakSub = "";
        double peakPct = -1;
        for (JsonNode m : layout.path("power").path("meters")) {
            double breaker = m.path("breaker_amps").asDouble(0);
            for (JsonNode p : m.path("phases")) {
                ShowHistory.Point peak = plots.peak(m.path("id").asText() + "/" + p.path("phase").asText() + "_current");
                if (peak != null && breaker > 0 && 100 * peak.value() / breaker > peakPct) {
                    peakPct = 100 * peak.value() / breaker;
                    peakText = p.path("phase").asText().toUpperCase(java.util.Locale.ROOT) + " " + Html.num(peakPct, 0) + " %";
                    peakSub = Html.num(peak.value(), 1) + " A of " + Html.num(breaker, 0) + " A at " + hm.format(peak.time());
                }
            }
        }
        tile(b, peakPct >= 95 ? "critical" : peakPct >= 80 ? "warning" : "", "Peak phase load", peakText, peakSub);
        String hotText = "–";
        String hotSub = "";
        double hottest = Double.NEGATIVE_INFINITY;
        for (JsonNode t : layout.path("heat")) {
            ShowHistory.Point peak = plots.peak(t.path("device").asText() + "/" + t.path("metric").asText());
            if (peak != null && peak.value() > hottest) {
                hottest = peak.value();
                hotText = Html.num(peak.value(), 1) + " °C";
                hotSub = t.path("label").asText() + " at " + hm.format(peak.time());
            }
        }
        tile(b, "", "Hottest", hotText, hotSub);
        long offline = events.json("device").stream().filter(e -> !e.path("online").asBoolean()).count();
        tile(b, offline > 0 ? "warning" : "", "Devices lost", offline + "",
                (offline == 1 ? "time" : "times") + " a device went offline");
        long notches = events.json("audio").stream().filter(e -> e.path("event").asText().equals("notch_placed")).count();
        int wireless = events.json("wireless").size();
        tile(b, "", "Notches placed", notches + "", wireless + (wireless == 1 ? " wireless event" : " wireless events"));
        return b.append("</div></section>\n").toString();
    }

    /** Alerts that were raised critical or escalated to it later, each raise counted once. */
    private static long becameCritical(List<JsonNode> alerts) {
        Map<String, Boolean> counted = new HashMap<>();
        long critical = 0;
        for (JsonNode e : alerts) {
            String id = e.path("id").asText();
            String type = e.path("type").asText();
            if (type.equals("raise")) {
                counted.put(id, false);
            }
            if ((type.equals("raise") || type.equals("update")) && e.path("severity").asText().equals("critical")
                    && Boolean.FALSE.equals(counted.get(id))) {
                counted.put(id, true);
                critical++;
            }
        }
        return critical;
    }

    private static void tile(StringBuilder b, String cls, String title, String value, String sub) {
        b.append("<div class=\"tile ").append(cls).append("\">").append(Html.esc(title)).append("<b>")
                .append(Html.esc(value)).append("</b><small>").append(Html.esc(sub)).append("</small></div>");
    }

    /** Per channel: the weakest RF and the lowest battery seen, the two things that lose a show. */
    static String wirelessChannels(ShowHistory h, JsonNode layout) {
        JsonNode receivers = layout.path("wireless").path("receivers");
        if (receivers.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<section id=\"wireless-channels\"><h2>Wireless channels</h2>"
                + "<table class=\"log channels\"><thead><tr><th>Channel</th><th>Frequency</th><th>Weakest RF</th>"
                + "<th>Lowest battery</th></tr></thead><tbody>");
        for (JsonNode r : receivers) {
            for (JsonNode c : r.path("channels")) {
                String p = r.path("id").asText() + "/ch" + c.path("channel").asInt() + "_";
                b.append("<tr><td>").append(Html.esc(c.path("name").asText())).append(" <small>")
                        .append(Html.esc(r.path("label").asText())).append("</small></td><td>")
                        .append(Html.num(c.path("frequency_khz").asDouble() / 1000, 3)).append(" MHz</td><td>")
                        .append(min(h, p + "rf", " dBm", 0)).append("</td><td>").append(min(h, p + "battery_bars", " / 5", 0))
                        .append("</td></tr>");
            }
        }
        return b.append("</tbody></table></section>\n").toString();
    }

    private static String min(ShowHistory h, String key, String unit, int digits) {
        return h.series().getOrDefault(key, List.of()).stream().mapToDouble(ShowHistory.Point::value).min()
                .stream().mapToObj(v -> Html.num(v, digits) + unit).findFirst().orElse("–");
    }
}
