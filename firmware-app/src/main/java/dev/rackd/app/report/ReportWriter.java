package dev.rackd.app.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rackd.app.command.Json;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The show report: one self-contained HTML file (inline CSS and SVG, no script, nothing fetched), light
 * and printable for the logbook. Summary first, then power, temperatures, alerts, devices, wireless, notches.
 */
public final class ReportWriter {
    private ReportWriter() {}

    public static String html(ShowHistory h, ZoneId zone, Instant generated, String version) {
        JsonNode layout = h.layout().map(ReportWriter::parse).orElse(Json.MAPPER.createObjectNode());
        String rackName = layout.path("rack").path("name").asText("rack");
        String rackId = layout.path("rack").path("id").asText("");
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm").withZone(zone);
        DateTimeFormatter hm = DateTimeFormatter.ofPattern("HH:mm").withZone(zone);
        ReportSections plots = new ReportSections(h, layout, zone);
        EventTables events = new EventTables(h, zone);
        StringBuilder b = new StringBuilder(64 * 1024);
        b.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<meta name=\"generator\" content=\"rackd ").append(Html.esc(version)).append("\">")
                .append("<title>Show report · ").append(Html.esc(rackName)).append(" · ").append(day.format(h.from()))
                .append("</title><style>").append(CSS).append("</style></head><body>\n");
        b.append("<header><h1>Show report · ").append(Html.esc(rackName)).append(" <small>").append(Html.esc(rackId))
                .append("</small></h1><p>").append(day.format(h.from())).append(" to ").append(hm.format(h.to()))
                .append(" (").append(Html.esc(zone.getId())).append(", ").append(length(h.from(), h.to()))
                .append(") · written ").append(day.format(generated)).append(" by rackd ").append(Html.esc(version))
                .append("</p></header>\n");
        if (!h.problems().isEmpty()) {
            b.append("<section class=\"problems\"><h2>Gaps in the history</h2><ul>");
            h.problems().forEach(p -> b.append("<li>").append(Html.esc(p)).append("</li>"));
            b.append("</ul></section>\n");
        }
        if (h.isEmpty()) {
            b.append("<p class=\"note\">The history holds nothing between these times.</p>");
        }
        b.append(ReportSummary.html(h, layout, events, plots, zone));
        b.append(plots.power()).append(plots.heat()).append(events.alerts()).append(events.devices())
                .append(ReportSummary.wirelessChannels(h, layout)).append(events.wireless()).append(events.notches())
                .append(events.sequence());
        b.append("<footer>Means over ").append(ShowRecorder.SAMPLE_SECONDS).append(" s from the state directory's"
                + " history; peaks shorter than that are smoothed.</footer></body></html>\n");
        return b.toString();
    }

    private static JsonNode parse(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (IOException e) {
            return Json.MAPPER.createObjectNode();
        }
    }

    private static String length(Instant from, Instant to) {
        Duration d = Duration.between(from, to);
        return d.toHours() + " h " + d.toMinutesPart() + " min";
    }

    static final String CSS = String.join("", List.of(
            "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#111;background:#fff;",
            "max-width:960px;margin:0 auto;padding:16px;line-height:1.35}",
            "h1{font-size:1.6rem;margin:0}h1 small{color:#666;font-weight:400;font-size:1rem}",
            "h2{font-size:1.2rem;border-bottom:2px solid #111;padding-bottom:4px;margin-top:28px}",
            "header p{color:#444;margin:4px 0 0}",
            ".tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(200px,1fr));gap:10px}",
            ".tile{border:1px solid #ccc;border-radius:8px;padding:10px}.tile b{display:block;font-size:1.35rem}",
            ".tile.critical{border:3px solid #d32f2f}.tile.warning{border:3px dashed #e08a00}",
            "figure{margin:14px 0;break-inside:avoid}figcaption{font-weight:700}figcaption span{color:#666;font-weight:400}",
            "svg{width:100%;height:auto;display:block}svg text{font-size:11px;fill:#444}",
            ".legend svg{display:inline-block;width:26px;height:8px;vertical-align:middle}",
            ".tile small{display:block;color:#444}",
            ".grid{stroke:#e4e4e4}.legend{display:flex;flex-wrap:wrap;gap:4px 16px;font-size:.85rem;color:#333}",
            ".lane-label{font-size:11px;fill:#111}.ack{fill:#fff;stroke:#111;stroke-width:1.5}",
            ".notch.placed{fill:#1f6fd1}.notch.changed{fill:#ef6c00}",
            "table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{text-align:left;padding:4px 6px;",
            "border-bottom:1px solid #ddd;vertical-align:top}th{background:#f2f2f2}",
            "tr.critical td.sev{color:#b71c1c;font-weight:700}tr.warning td.sev{color:#a15c00;font-weight:700}",
            ".note{color:#444}.note.ok{color:#1b5e20;font-weight:700}",
            ".problems{border:2px solid #e08a00;padding:4px 12px;border-radius:8px}",
            "footer{margin-top:28px;color:#666;font-size:.85rem}",
            "@media print{body{max-width:none}section{break-inside:auto}}"));
}
