package dev.rackd.app.report;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Line plots as inline SVG for the report: time on x, one or more series, dashed limit lines. Long
 * series are thinned to one minimum and one maximum per pixel column, so a peak is never lost.
 */
final class SvgPlot {
    static final int W = 720;
    static final int H = 200;
    static final int LEFT = 48;
    static final int RIGHT = 10;
    static final int TOP = 10;
    static final int BOTTOM = 24;
    static final String[] COLOURS = {"#1f6fd1", "#c2185b", "#2e7d32", "#ef6c00", "#6a1b9a", "#00838f"};
    static final String[] DASHES = {"", "6 3", "2 3", "8 2 2 2", "4 4", "1 2"};

    record Line(String label, List<ShowHistory.Point> points) {}

    record Limit(String label, double value, String colour) {}

    private SvgPlot() {}

    static String plot(String cls, String title, String unit, List<Line> lines, List<Limit> limits, Instant from,
            Instant to, ZoneId zone, int digits) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Line l : lines) {
            for (ShowHistory.Point p : l.points()) {
                lo = Math.min(lo, p.value());
                hi = Math.max(hi, p.value());
            }
        }
        for (Limit l : limits) {
            lo = Math.min(lo, l.value());
            hi = Math.max(hi, l.value());
        }
        if (!Double.isFinite(lo)) {
            lo = 0;
            hi = 1;
        }
        if (hi - lo < 1e-9) {
            lo -= 1;
            hi += 1;
        }
        double pad = (hi - lo) * 0.06;
        Scale s = new Scale(from, to, lo - pad, hi + pad);
        StringBuilder b = new StringBuilder();
        b.append("<figure class=\"plot ").append(Html.esc(cls)).append("\"><figcaption>").append(Html.esc(title))
                .append(" <span>(").append(Html.esc(unit)).append(")</span></figcaption>");
        b.append("<svg viewBox=\"0 0 ").append(W).append(' ').append(H)
                .append("\" role=\"img\" aria-label=\"").append(Html.esc(title)).append("\">");
        axes(b, s, zone, digits);
        for (Limit l : limits) {
            double y = s.y(l.value());
            b.append("<line class=\"limit\" x1=\"").append(LEFT).append("\" x2=\"").append(W - RIGHT)
                    .append("\" y1=\"").append(f(y)).append("\" y2=\"").append(f(y)).append("\" stroke=\"")
                    .append(l.colour()).append("\" stroke-dasharray=\"5 4\"/>");
        }
        for (int i = 0; i < lines.size(); i++) {
            String path = path(lines.get(i).points(), s);
            if (!path.isEmpty()) {
                b.append("<path class=\"series\" fill=\"none\" stroke-width=\"1.6\" stroke=\"")
                        .append(COLOURS[i % COLOURS.length]).append("\" stroke-dasharray=\"")
                        .append(DASHES[i % DASHES.length]).append("\" d=\"").append(path).append("\"/>");
            }
        }
        b.append("</svg><div class=\"legend\">");
        for (int i = 0; i < lines.size(); i++) {
            b.append("<span><svg width=\"26\" height=\"8\"><line x1=\"0\" x2=\"26\" y1=\"4\" y2=\"4\" stroke-width=\"2\"")
                    .append(" stroke=\"").append(COLOURS[i % COLOURS.length]).append("\" stroke-dasharray=\"")
                    .append(DASHES[i % DASHES.length]).append("\"/></svg> ").append(Html.esc(lines.get(i).label()))
                    .append("</span>");
        }
        for (Limit l : limits) {
            b.append("<span class=\"limit-key\" style=\"color:").append(l.colour()).append("\">╌ ")
                    .append(Html.esc(l.label())).append(' ').append(Html.num(l.value(), digits)).append("</span>");
        }
        return b.append("</div></figure>\n").toString();
    }

    record Scale(Instant from, Instant to, double lo, double hi) {
        double x(Instant t) {
            double span = Math.max(1, Duration.between(from, to).toMillis());
            return LEFT + (W - LEFT - RIGHT) * Duration.between(from, t).toMillis() / span;
        }

        double y(double v) {
            return TOP + (H - TOP - BOTTOM) * (1 - (v - lo) / (hi - lo));
        }
    }

    static void axes(StringBuilder b, Scale s, ZoneId zone, int digits) {
        for (int i = 0; i <= 4; i++) {
            double v = s.lo() + (s.hi() - s.lo()) * i / 4;
            double y = s.y(v);
            b.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(W - RIGHT)
                    .append("\" y1=\"").append(f(y)).append("\" y2=\"").append(f(y)).append("\"/>");
            b.append("<text x=\"").append(LEFT - 4).append("\" y=\"").append(f(y + 4))
                    .append("\" text-anchor=\"end\">").append(Html.num(v, digits)).append("</text>");
        }
        timeTicks(b, s, zone, TOP, H);
    }

    /** Seven clock times along the bottom, with vertical grid lines from {@code top} down. */
    static void timeTicks(StringBuilder b, Scale s, ZoneId zone, int top, int height) {
        boolean shortWindow = Duration.between(s.from(), s.to()).compareTo(Duration.ofMinutes(30)) < 0;
        DateTimeFormatter hm = DateTimeFormatter.ofPattern(shortWindow ? "HH:mm:ss" : "HH:mm").withZone(zone);
        for (int i = 0; i <= 6; i++) {
            Instant t = s.from().plusMillis(Duration.between(s.from(), s.to()).toMillis() * i / 6);
            double x = s.x(t);
            String anchor = i == 0 ? "start" : i == 6 ? "end" : "middle";
            b.append("<line class=\"grid\" x1=\"").append(f(x)).append("\" x2=\"").append(f(x)).append("\" y1=\"")
                    .append(top).append("\" y2=\"").append(height - BOTTOM).append("\"/>");
            b.append("<text x=\"").append(f(x)).append("\" y=\"").append(height - 6).append("\" text-anchor=\"")
                    .append(anchor).append("\">").append(hm.format(t)).append("</text>");
        }
    }

    /** The points as a path, thinned to min and max per pixel column; a gap of over 3 samples breaks it. */
    static String path(List<ShowHistory.Point> points, Scale s) {
        StringBuilder d = new StringBuilder();
        int column = Integer.MIN_VALUE;
        double min = 0;
        double max = 0;
        Instant last = null;
        Duration gap = Duration.ofSeconds(ShowRecorder.SAMPLE_SECONDS * 3L + 1);
        boolean pen = false;
        for (ShowHistory.Point p : points) {
            int c = (int) Math.floor(s.x(p.time()));
            boolean broken = last != null && Duration.between(last, p.time()).compareTo(gap) > 0;
            if (c != column || broken) {
                if (column != Integer.MIN_VALUE) {
                    pen = emit(d, column, min, max, s, pen);
                }
                if (broken) {
                    pen = false;
                }
                column = c;
                min = p.value();
                max = p.value();
            } else {
                min = Math.min(min, p.value());
                max = Math.max(max, p.value());
            }
            last = p.time();
        }
        if (column != Integer.MIN_VALUE) {
            emit(d, column, min, max, s, pen);
        }
        return d.toString();
    }

    private static boolean emit(StringBuilder d, int column, double min, double max, Scale s, boolean pen) {
        d.append(pen ? 'L' : 'M').append(column).append(' ').append(f(s.y(max)));
        if (max != min) {
            d.append('L').append(column).append(' ').append(f(s.y(min)));
        }
        return true;
    }

    static String f(double v) {
        return String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}
