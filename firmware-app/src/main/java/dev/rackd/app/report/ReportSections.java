package dev.rackd.app.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The plot sections of the report: power (currents against breakers, voltage, frequency) and heat. */
final class ReportSections {
    private final ShowHistory h;
    private final JsonNode layout;
    private final ZoneId zone;

    ReportSections(ShowHistory h, JsonNode layout, ZoneId zone) {
        this.h = h;
        this.layout = layout;
        this.zone = zone;
    }

    String power() {
        StringBuilder b = new StringBuilder("<section id=\"power\"><h2>Power</h2>");
        List<SvgPlot.Line> voltages = new ArrayList<>();
        String frequencyKey = null;
        for (JsonNode m : layout.path("power").path("meters")) {
            String id = m.path("id").asText();
            double breaker = m.path("breaker_amps").asDouble();
            List<SvgPlot.Line> currents = new ArrayList<>();
            double warn = 80;
            double crit = 95;
            for (JsonNode p : m.path("phases")) {
                String phase = p.path("phase").asText();
                warn = p.path("load_warning").asDouble(warn);
                crit = p.path("load_critical").asDouble(crit);
                currents.add(new SvgPlot.Line(phase.toUpperCase(java.util.Locale.ROOT), points(id + "/" + phase + "_current")));
                voltages.add(new SvgPlot.Line(phase.toUpperCase(java.util.Locale.ROOT) + " · " + m.path("label").asText(),
                        points(id + "/" + phase + "_voltage")));
            }
            if (frequencyKey == null && h.series().containsKey(id + "/frequency")) {
                frequencyKey = id + "/frequency";
            }
            b.append(SvgPlot.plot("power current", m.path("label").asText(id) + ": current against its "
                    + Html.num(breaker, 0) + " A breaker", "A", currents,
                    List.of(new SvgPlot.Limit("warning", breaker * warn / 100, "#e08a00"),
                            new SvgPlot.Limit("critical", breaker * crit / 100, "#d32f2f")),
                    h.from(), h.to(), zone, 0));
        }
        JsonNode mains = layout.path("rack").path("mains");
        double nominal = mains.path("nominal_voltage").asDouble(230);
        double tol = nominal * mains.path("voltage_tolerance_percent").asDouble(10) / 100;
        if (!voltages.isEmpty()) {
            b.append(SvgPlot.plot("power voltage", "Mains voltage per phase", "V", voltages,
                    List.of(new SvgPlot.Limit("low limit", nominal - tol, "#d32f2f"),
                            new SvgPlot.Limit("high limit", nominal + tol, "#d32f2f")), h.from(), h.to(), zone, 0));
        }
        if (frequencyKey != null) {
            double hz = mains.path("nominal_frequency_hz").asDouble(50);
            double ftol = hz * mains.path("frequency_tolerance_percent").asDouble(1) / 100;
            b.append(SvgPlot.plot("power frequency", "Mains frequency", "Hz",
                    List.of(new SvgPlot.Line("frequency", points(frequencyKey))),
                    List.of(new SvgPlot.Limit("low", hz - ftol, "#d32f2f"), new SvgPlot.Limit("high", hz + ftol, "#d32f2f")),
                    h.from(), h.to(), zone, 2));
        }
        if (layout.path("power").path("meters").isEmpty()) {
            b.append("<p class=\"note\">This rack has no power meter.</p>");
        }
        return b.append("</section>\n").toString();
    }

    String heat() {
        StringBuilder b = new StringBuilder("<section id=\"heat\"><h2>Temperatures</h2>");
        Map<String, List<JsonNode>> byDevice = new java.util.LinkedHashMap<>();
        for (JsonNode t : layout.path("heat")) {
            byDevice.computeIfAbsent(t.path("device").asText(), k -> new ArrayList<>()).add(t);
        }
        if (byDevice.isEmpty()) {
            b.append("<p class=\"note\">This rack has no temperature sensor.</p>");
        }
        for (List<JsonNode> group : byDevice.values()) {
            List<SvgPlot.Line> lines = new ArrayList<>();
            for (JsonNode t : group) {
                String label = t.path("label").asText();
                lines.add(new SvgPlot.Line(group.size() > 1 ? label.substring(label.lastIndexOf('·') + 1).strip() : label,
                        points(t.path("device").asText() + "/" + t.path("metric").asText())));
            }
            JsonNode first = group.getFirst();
            List<SvgPlot.Limit> limits = new ArrayList<>();
            if (first.has("warning")) {
                limits.add(new SvgPlot.Limit("warning", first.path("warning").asDouble(), "#e08a00"));
            }
            if (first.has("critical")) {
                limits.add(new SvgPlot.Limit("critical", first.path("critical").asDouble(), "#d32f2f"));
            }
            String title = group.size() > 1 ? first.path("label").asText().split(" · ")[0] : first.path("label").asText();
            b.append(SvgPlot.plot("heat", title, "°C", lines, limits, h.from(), h.to(), zone, 0));
        }
        return b.append("</section>\n").toString();
    }

    List<ShowHistory.Point> points(String key) {
        return h.series().getOrDefault(key, List.of());
    }

    /** Largest value of a series and when; null when it has none. */
    ShowHistory.Point peak(String key) {
        ShowHistory.Point best = null;
        for (ShowHistory.Point p : points(key)) {
            if (best == null || p.value() > best.value()) {
                best = p;
            }
        }
        return best;
    }
}
