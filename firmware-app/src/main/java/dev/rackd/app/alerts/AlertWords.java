package dev.rackd.app.alerts;

import dev.rackd.hal.Unit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Alert messages in the crew's words: the device's label, the channel or phase, the value with its
 * unit and the limit, e.g. "Amp B ch 3 at 71 °C, limit 65 °C".
 */
final class AlertWords {
    private static final Pattern CHANNEL = Pattern.compile("ch(\\d+)(?:_(.*))?");
    private static final Pattern PHASE = Pattern.compile("l([1-3])(?:_(.*))?");

    private AlertWords() {}

    static String level(String label, String metric, double value, Unit unit, double limit, boolean above) {
        return label + subject(metric, unit) + " at " + amount(value, unit, metric) + ", "
                + (above ? "limit " : "low limit ") + amount(limit, unit, metric);
    }

    static String rate(String label, String metric, double perMinute, Unit unit, double limitPerMinute) {
        String per = unit.symbol().isEmpty() ? " /min" : " " + unit.symbol() + "/min";
        return label + subject(metric, unit) + (perMinute >= 0 ? " rising " : " falling ")
                + number(Math.abs(perMinute)) + per + ", limit " + number(Math.abs(limitPerMinute)) + per;
    }

    /**
     * The reading that cleared a level alert, "Amp B ch 3 back at 51 °C, under its 55 °C limit": its value and the
     * limit it is back past (the warning's; the hysteresis is why it may sit just under it).
     */
    static String levelClear(String label, String metric, double value, Unit unit, double limit, boolean above) {
        return label + subject(metric, unit) + " back at " + amount(value, unit, metric) + ", "
                + (above ? "under its " : "above its ") + amount(limit, unit, metric)
                + (above ? " limit" : " low limit");
    }

    /** The slope that cleared a rate alert: "Amp A ch 1 rising 3.1 °C/min, back within its 5 °C/min limit". */
    static String rateClear(String label, String metric, double perMinute, Unit unit, double limitPerMinute) {
        String per = unit.symbol().isEmpty() ? " /min" : " " + unit.symbol() + "/min";
        return label + subject(metric, unit) + (perMinute >= 0 ? " rising " : " falling ")
                + number(Math.abs(perMinute)) + per + ", back within its " + number(Math.abs(limitPerMinute)) + per
                + " limit";
    }

    /**
     * What a latched critical adds while its reading is below critical: " (was critical at 63 °C; stays critical until
     * acknowledged)"; {@code peak} null when not known (restored after a restart).
     */
    static String latched(Double peak, Unit unit, String metric) {
        return " (was critical" + (peak == null ? "" : " at " + amount(peak, unit, metric))
                + "; stays critical until acknowledged)";
    }

    /** A device whose offline alert clears: it answers again. */
    static String online(String label) {
        return label + " back online";
    }

    /** A metric whose stale alert clears, with the good reading that ended it. */
    static String fresh(String label, String metric, double value, Unit unit) {
        return label + subject(metric, Unit.NONE) + " reading again: " + amount(value, unit, metric);
    }

    static String offline(String label, String reason) {
        return label + " offline" + (reason == null || reason.isBlank() ? "" : ": " + reason);
    }

    static String stale(String label, String metric, long secondsWithoutGood) {
        return label + subject(metric, Unit.NONE) + " has had no valid reading for " + secondsWithoutGood + " s";
    }

    /** " ch 3", " L1 load", " ch 2 battery": what of the device, without words the unit already says. */
    static String subject(String metric, Unit unit) {
        Matcher ch = CHANNEL.matcher(metric);
        Matcher ph = PHASE.matcher(metric);
        String where;
        String what;
        if (ch.matches()) {
            where = " ch " + ch.group(1);
            what = ch.group(2);
        } else if (ph.matches()) {
            where = " L" + ph.group(1);
            what = ph.group(2);
        } else {
            where = "";
            what = metric;
        }
        return where + words(what, unit);
    }

    private static String words(String what, Unit unit) {
        if (what == null || what.isEmpty()) {
            return "";
        }
        boolean unitSaysIt = switch (what) {
            case "temperature" -> unit == Unit.CELSIUS;
            case "voltage" -> unit == Unit.VOLT;
            case "current" -> unit == Unit.AMPERE;
            case "frequency" -> unit == Unit.HERTZ;
            default -> false;
        };
        if (unitSaysIt) {
            return "";
        }
        return " " + switch (what) {
            case "battery_bars", "battery_minutes" -> "battery";
            default -> what.replace('_', ' ');
        };
    }

    static String amount(double v, Unit unit, String metric) {
        if (unit == Unit.NONE) {
            if (metric.endsWith("battery_bars")) {
                return number(v) + (v == 1 ? " bar" : " bars");
            }
            return number(v);
        }
        if (unit == Unit.MINUTE && metric.endsWith("battery_minutes")) {
            return number(v) + " min left";
        }
        return number(v) + " " + unit.symbol();
    }

    /** Whole numbers without decimals, the rest with one: what a display shows. */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "?";
        }
        double r = Math.rint(v);
        if (Math.abs(v - r) < 0.05) {
            return Long.toString((long) r);
        }
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
