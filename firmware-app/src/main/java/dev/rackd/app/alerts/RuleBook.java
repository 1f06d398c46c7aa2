package dev.rackd.app.alerts;

import dev.rackd.config.AlertSettings.AlertRule;
import dev.rackd.config.AlertSettings.Direction;
import dev.rackd.config.ShowFile;
import dev.rackd.config.TemperatureSensor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the rule for a device metric: the show file's rules in order (first match wins), then a
 * temperature sensor's own limits, then the defaults per metric kind. The pseudo-metric
 * {@code offline} configures a device's offline alert the same way.
 */
public final class RuleBook {
    public static final String OFFLINE = "offline";

    private record Entry(Glob device, Glob metric, MetricRule rule) {}

    private final List<Entry> showRules = new ArrayList<>();
    private final Map<String, TemperatureSensor> sensors = new HashMap<>();
    private final Map<String, Optional<MetricRule>> cache = new HashMap<>();
    private final Set<String> blindWhenOffline = new HashSet<>();

    public RuleBook(ShowFile show) {
        List<AlertRule> rules = show.alerts().rules();
        for (int i = 0; i < rules.size(); i++) {
            AlertRule r = rules.get(i);
            showRules.add(new Entry(new Glob(r.device()), new Glob(r.metric()),
                    MetricRule.of(r, "show file rule " + (i + 1))));
        }
        show.temperatureSensors().forEach(s -> sensors.put(s.id(), s));
        // Without these the rack cannot see its breakers or its amplifiers: critical when they vanish.
        show.powerMeters().forEach(m -> blindWhenOffline.add(m.id()));
        show.amplifiers().forEach(a -> blindWhenOffline.add(a.id()));
    }

    /**
     * The rule of a device's offline alert: its severity is critical when the rule has a critical
     * limit, warning otherwise; empty when the show file silenced it.
     */
    public synchronized Optional<MetricRule> offlineRule(String deviceId) {
        for (Entry e : showRules) {
            if (e.device().matches(deviceId) && e.metric().matches(OFFLINE)) {
                return e.rule().isSilent() ? Optional.empty() : Optional.of(e.rule());
            }
        }
        Optional<Double> one = Optional.of(1.0);
        boolean critical = blindWhenOffline.contains(deviceId);
        return Optional.of(new MetricRule(Direction.ABOVE, critical ? Optional.empty() : one,
                critical ? one : Optional.empty(), 0, Duration.ZERO, Optional.empty(), false, "default for offline"));
    }

    /** Empty when nothing watches this metric (or the show file silenced it); never for {@code offline}. */
    public synchronized Optional<MetricRule> ruleFor(String deviceId, String metric) {
        return cache.computeIfAbsent(deviceId + '\n' + metric, k -> resolve(deviceId, metric));
    }

    private Optional<MetricRule> resolve(String deviceId, String metric) {
        if (OFFLINE.equals(metric)) {
            return Optional.empty();
        }
        for (Entry e : showRules) {
            if (e.device().matches(deviceId) && e.metric().matches(metric)) {
                return e.rule().isSilent() ? Optional.empty() : Optional.of(e.rule());
            }
        }
        TemperatureSensor s = sensors.get(deviceId);
        if (s != null && DefaultRules.isTemperature(metric)) {
            MetricRule d = DefaultRules.TEMPERATURES;
            return Optional.of(MetricRule.above(s.warningC(), s.criticalC(), s.hysteresisC(), d.minDuration(),
                    d.ratePerMinute(), d.latch(), "limits of sensor " + s.id()));
        }
        return DefaultRules.forMetric(metric);
    }
}
