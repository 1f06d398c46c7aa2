package dev.rackd.app.alerts;

import dev.rackd.config.AlertSettings.AlertRule;
import dev.rackd.config.AlertSettings.Direction;
import dev.rackd.config.Globs;
import dev.rackd.config.ShowFile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the rule for a device metric: the show file's rules in order (first match wins), then the
 * defaults per metric kind. The pseudo-metric {@code offline} configures a device's offline alert the same
 * way. Metrics the power domain judges itself (it knows breakers, phases and the supply) are left to it,
 * show-file rules included, so the crew never gets one problem twice: each meter's {@code lN_load}, the
 * neutral ({@code neutral_current}, with its limits set as {@code neutral_load}), {@code imbalance}, and each
 * temperature sensor's {@code temperature} (with its own limits and trend).
 */
public final class RuleBook {
    public static final String OFFLINE = "offline";

    private record Entry(String device, String metric, MetricRule rule) {
        boolean matches(String deviceId, String metricName) {
            return Globs.matches(device, deviceId) && Globs.matches(metric, metricName);
        }
    }

    private static final Pattern POWER_JUDGED = Pattern.compile("l[1-3]_load|neutral_load|neutral_current|imbalance");

    private final List<Entry> showRules = new ArrayList<>();
    private final Set<String> sensors = new HashSet<>();
    private final Set<String> meters = new HashSet<>();
    private final Map<String, Optional<MetricRule>> cache = new HashMap<>();
    private final Set<String> blindWhenOffline = new HashSet<>();

    public RuleBook(ShowFile show) {
        List<AlertRule> rules = show.alerts().rules();
        for (int i = 0; i < rules.size(); i++) {
            AlertRule r = rules.get(i);
            showRules.add(new Entry(r.device(), r.metric(), MetricRule.of(r, "show file rule " + (i + 1))));
        }
        show.temperatureSensors().forEach(s -> sensors.add(s.id()));
        show.powerMeters().forEach(m -> meters.add(m.id()));
        // Without these the rack cannot see its breakers or its amplifiers: critical when they vanish.
        show.powerMeters().forEach(m -> blindWhenOffline.add(m.id()));
        show.amplifiers().forEach(a -> blindWhenOffline.add(a.id()));
    }

    /**
     * The rule of a device's offline alert: its severity is critical when the rule has a critical
     * limit, warning otherwise.
     */
    public synchronized MetricRule offlineRule(String deviceId) {
        for (Entry e : showRules) {
            if (e.matches(deviceId, OFFLINE)) {
                return e.rule();
            }
        }
        Optional<Double> one = Optional.of(1.0);
        boolean critical = blindWhenOffline.contains(deviceId);
        return (new MetricRule(Direction.ABOVE, critical ? Optional.empty() : one,
                critical ? one : Optional.empty(), 0, Duration.ZERO, Optional.empty(), false, "default for offline"));
    }

    /** Empty when no rule watches this metric here (or its domain does); never for {@code offline}. */
    public synchronized Optional<MetricRule> ruleFor(String deviceId, String metric) {
        return cache.computeIfAbsent(deviceId + '\n' + metric, k -> resolve(deviceId, metric));
    }

    private Optional<MetricRule> resolve(String deviceId, String metric) {
        if (OFFLINE.equals(metric)) {
            return Optional.empty();
        }
        if (meters.contains(deviceId) && POWER_JUDGED.matcher(metric).matches()
                || sensors.contains(deviceId) && DefaultRules.isTemperature(metric)) {
            return Optional.empty();
        }
        for (Entry e : showRules) {
            if (e.matches(deviceId, metric)) {
                return Optional.of(e.rule());
            }
        }
        return DefaultRules.forMetric(metric);
    }
}
