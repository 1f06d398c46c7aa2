package dev.rackd.config;

import dev.rackd.config.AlertSettings.AlertRule;
import dev.rackd.config.AlertSettings.Direction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/** {@code alerts:} — when a device counts as offline, and thresholds beyond each metric's defaults. */
final class AlertReader {
    static final List<String> KEYS = List.of("offline_after_polls", "rules");
    static final List<String> RULE_KEYS = List.of("device", "metric", "direction", "warning", "critical",
            "hysteresis", "min_duration", "rate_per_minute", "latch");
    private static final Pattern DEVICE_GLOB = Pattern.compile("[a-z0-9*?][a-z0-9*?-]{0,63}");
    private static final Pattern METRIC_GLOB = Pattern.compile("[a-z0-9*?_]{1,64}");
    private static final double LIMIT = 1e9;

    private AlertReader() {}

    static AlertSettings read(Fields root, Registry registry) {
        Fields f = root.section("alerts", KEYS);
        int offlineAfter = f.integer("offline_after_polls", 3, 1, 100, "polls");
        List<AlertRule> rules = new ArrayList<>();
        for (Fields item : f.items("rules", RULE_KEYS)) {
            rules.add(rule(item, registry));
        }
        return new AlertSettings(offlineAfter, rules);
    }

    private static AlertRule rule(Fields f, Registry registry) {
        String device = glob(f, "device", DEVICE_GLOB, "a device id or a glob such as amp-* (letters, digits, '-',"
                + " '*', '?')");
        String metric = glob(f, "metric", METRIC_GLOB, "a metric name or a glob such as ch*_temperature (letters,"
                + " digits, '_', '*', '?')");
        if (!device.isEmpty()) {
            registry.afterwards(() -> {
                if (registry.ids().stream().noneMatch(id -> Globs.matches(device, id))) {
                    f.error("device", "'" + device + "' matches no device in this show file; allowed: one of "
                            + String.join(", ", registry.ids().stream().sorted().toList()) + " (or a glob over them)");
                }
            });
        }
        if (!metric.isEmpty()) {
            registry.afterwards(() -> RuleMetrics.check(f, device, metric, registry.devices(), registry.published()));
        }
        Direction direction = f.choice("direction", Direction.class, Direction.ABOVE, "direction");
        OptionalDouble warning = f.optionalNumber("warning", -LIMIT, LIMIT, "");
        OptionalDouble critical = f.optionalNumber("critical", -LIMIT, LIMIT, "");
        OptionalDouble rate = f.optionalNumber("rate_per_minute", 1e-9, LIMIT, "per minute");
        if (!f.has("warning") && !f.has("critical") && !f.has("rate_per_minute")) {
            f.missing("warning", "at least one of warning, critical or rate_per_minute");
        }
        if (warning.isPresent() && critical.isPresent()) {
            double w = warning.getAsDouble();
            double c = critical.getAsDouble();
            if (direction == Direction.ABOVE && c <= w) {
                f.error("critical", "critical " + Scalars.format(c) + " is not above warning " + Scalars.format(w)
                        + "; allowed: critical > warning for direction above");
            } else if (direction == Direction.BELOW && c >= w) {
                f.error("critical", "critical " + Scalars.format(c) + " is not below warning " + Scalars.format(w)
                        + "; allowed: critical < warning for direction below");
            }
        }
        return new AlertRule(device, metric, direction, boxed(warning), boxed(critical),
                f.number("hysteresis", 0, 0, LIMIT, ""),
                f.duration("min_duration", Duration.ZERO, Duration.ZERO, Duration.ofHours(1)),
                boxed(rate),
                f.flag("latch", true));
    }

    private static String glob(Fields f, String key, Pattern pattern, String rule) {
        String glob = f.requiredText(key, rule);
        if (!glob.isEmpty() && !pattern.matcher(glob).matches()) {
            f.error(key, Values.quote(glob) + " is not a name or glob; allowed: " + rule);
            return "";
        }
        return glob;
    }

    private static Optional<Double> boxed(OptionalDouble value) {
        return value.isPresent() ? Optional.of(value.getAsDouble()) : Optional.empty();
    }
}
