package dev.rackd.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Log levels from one short text, the same from {@code --log-level} or $RACKD_LOG_LEVEL:
 * {@code "debug"}, {@code "warn,dev.rackd.hal.power=debug"}, {@code "dev.rackd.app.audio=trace"}.
 * A bare level sets the root; {@code logger=level} sets one logger and everything below it.
 */
public final class LogLevels {
    /** The environment variable systemd's unit or the crew may set. */
    public static final String ENV = "RACKD_LOG_LEVEL";

    private LogLevels() {}

    /**
     * Parses a spec into logger name (empty for the root) and level.
     *
     * @throws IllegalArgumentException naming the bad part and what is allowed
     */
    public static Map<String, Level> parse(String spec) {
        Map<String, Level> levels = new LinkedHashMap<>();
        for (String part : spec.split(",")) {
            String item = part.strip();
            if (item.isEmpty()) {
                continue;
            }
            int eq = item.indexOf('=');
            String logger = eq < 0 ? "" : item.substring(0, eq).strip();
            String level = eq < 0 ? item : item.substring(eq + 1).strip();
            if (eq >= 0 && !logger.matches("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*")) {
                throw new IllegalArgumentException("'" + logger + "' in log level '" + spec
                        + "' is not a logger name (e.g. dev.rackd.hal.power)");
            }
            levels.put(logger, level(level, spec));
        }
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("empty log level; use trace, debug, info, warn, error or off");
        }
        return levels;
    }

    /** Parses and applies a spec to logback; levels not named keep what they had. */
    public static void apply(String spec) {
        apply(parse(spec), (LoggerContext) LoggerFactory.getILoggerFactory());
    }

    static void apply(Map<String, Level> levels, LoggerContext context) {
        levels.forEach((name, level) ->
                context.getLogger(name.isEmpty() ? Logger.ROOT_LOGGER_NAME : name).setLevel(level));
    }

    private static Level level(String word, String spec) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "trace" -> Level.TRACE;
            case "debug" -> Level.DEBUG;
            case "info" -> Level.INFO;
            case "warn", "warning" -> Level.WARN;
            case "error" -> Level.ERROR;
            case "off" -> Level.OFF;
            default -> throw new IllegalArgumentException("unknown log level '" + word + "' in '" + spec
                    + "'; use trace, debug, info, warn, error or off");
        };
    }
}
