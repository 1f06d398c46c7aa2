package dev.rackd.app.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** Where notches went over the show: time across, frequency up a log axis (20 Hz to 20 kHz). */
final class NotchPlot {
    private NotchPlot() {}

    static String svg(List<JsonNode> notchEvents, Instant from, Instant to, ZoneId zone) {
        SvgPlot.Scale s = new SvgPlot.Scale(from, to, Math.log10(20), Math.log10(20000));
        StringBuilder b = new StringBuilder("<figure class=\"plot notches\"><figcaption>Notch filters placed"
                + " <span>(Hz, log scale)</span></figcaption><svg viewBox=\"0 0 " + SvgPlot.W + " " + SvgPlot.H
                + "\" role=\"img\" aria-label=\"notches placed\">");
        for (double hz : new double[] {20, 100, 1000, 10000, 20000}) {
            double y = s.y(Math.log10(hz));
            b.append("<line class=\"grid\" x1=\"").append(SvgPlot.LEFT).append("\" x2=\"").append(SvgPlot.W - SvgPlot.RIGHT)
                    .append("\" y1=\"").append(SvgPlot.f(y)).append("\" y2=\"").append(SvgPlot.f(y)).append("\"/><text x=\"")
                    .append(SvgPlot.LEFT - 4).append("\" y=\"").append(SvgPlot.f(y + 4)).append("\" text-anchor=\"end\">")
                    .append(hz >= 1000 ? Html.num(hz / 1000, 0) + "k" : Html.num(hz, 0)).append("</text>");
        }
        SvgPlot.timeTicks(b, s, zone, SvgPlot.TOP, SvgPlot.H);
        for (JsonNode e : notchEvents) {
            double hz = e.path("hz").asDouble(Double.NaN);
            if (!(hz >= 20 && hz <= 20000)) {
                continue;
            }
            double x = s.x(Instant.parse(e.path("_time").asText()));
            double y = s.y(Math.log10(hz));
            boolean placed = e.path("event").asText().equals("notch_placed");
            b.append("<circle class=\"notch ").append(placed ? "placed" : "changed").append("\" cx=\"")
                    .append(SvgPlot.f(x)).append("\" cy=\"").append(SvgPlot.f(y)).append("\" r=\"")
                    .append(placed ? 4 : 2.5).append("\"/>");
        }
        return b.append("</svg><div class=\"legend\"><span>● placed</span><span>· deepened or lifted</span></div>"
                + "</figure>").toString();
    }
}
