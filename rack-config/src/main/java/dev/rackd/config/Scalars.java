package dev.rackd.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/** Text of a YAML scalar to the value a show-file key wants. Empty results mean "not that type". */
final class Scalars {
    private static final Pattern DECIMAL = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern HEX = Pattern.compile("0[xX][0-9a-fA-F]+");
    private static final Pattern REAL = Pattern.compile("[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?");
    private static final Pattern DURATION = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*(ms|s|m|h)");

    private Scalars() {}

    /** Decimal or 0x hex; empty when not an integer or beyond a long. */
    static OptionalLong integer(String text) {
        String t = text.strip();
        try {
            if (DECIMAL.matcher(t).matches()) {
                return OptionalLong.of(Long.parseLong(t));
            }
            if (HEX.matcher(t).matches()) {
                return OptionalLong.of(Long.parseLong(t.substring(2), 16));
            }
        } catch (NumberFormatException tooLong) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }

    /** A finite decimal number (integers included); never NaN or infinity. */
    static OptionalDouble number(String text) {
        String t = text.strip();
        if (!REAL.matcher(t).matches()) {
            return OptionalDouble.empty();
        }
        double value = Double.parseDouble(t);
        return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
    }

    static Optional<Boolean> flag(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    /** "500ms", "10s", "2m", "1h" (and "0"); whole milliseconds. */
    static Optional<Duration> duration(String text) {
        String t = text.strip();
        if (t.equals("0")) {
            return Optional.of(Duration.ZERO);
        }
        var m = DURATION.matcher(t);
        if (!m.matches() || m.group(1).length() > 12) {
            return Optional.empty();
        }
        BigDecimal amount = new BigDecimal(m.group(1));
        BigDecimal millisPerUnit = BigDecimal.valueOf(switch (m.group(2)) {
            case "ms" -> 1L;
            case "s" -> 1_000L;
            case "m" -> 60_000L;
            default -> 3_600_000L;
        });
        BigDecimal millis = amount.multiply(millisPerUnit);
        if (millis.stripTrailingZeros().scale() > 0) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofMillis(millis.longValueExact()));
    }

    /** How a duration reads back in messages and docs: the largest whole unit. */
    static String format(Duration d) {
        long ms = d.toMillis();
        if (ms != 0 && ms % 3_600_000 == 0) {
            return ms / 3_600_000 + "h";
        }
        if (ms != 0 && ms % 60_000 == 0) {
            return ms / 60_000 + "m";
        }
        if (ms % 1_000 == 0) {
            return ms / 1_000 + "s";
        }
        return ms + "ms";
    }

    /** A number the way a person writes it: 32 not 32.0. */
    static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : BigDecimal.valueOf(v).toPlainString();
    }
}
