package dev.rackd.app.alerts;

import dev.rackd.config.AlertSettings.AlertRule;
import dev.rackd.config.AlertSettings.Direction;
import dev.rackd.config.AudioSettings;
import dev.rackd.config.ShowFile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the rules for a device metric: the show file's rules in order, each part (limits above, limits
 * below, rate) taken from the first matching rule that sets it, so a rate rule after a limits rule adds its
 * rate rather than being hidden by it; when no show-file rule matches, the defaults per metric kind. The
 * pseudo-metric {@code offline} configures a device's offline alert the same way. Metrics the power domain judges itself (it knows breakers, phases and the supply) are left to it,
 * show-file rules included, so the crew never gets one problem twice: each meter's {@code lN_load}, the
 * neutral ({@code neutral_current}, with its limits set as {@code neutral_load}), {@code imbalance}, and each
 * temperature sensor's {@code temperature} (with its own limits and trend).
 */
public final class RuleBook {
    public static final String OFFLINE = "offline";

    private record Entry(AlertRule source, MetricRule rule) {}

    private static final Pattern POWER_JUDGED = Pattern.compile("l[1-3]_load|neutral_load|neutral_current|imbalance");

    private final List<Entry> showRules = new ArrayList<>();
    private final Set<String> sensors = new HashSet<>();
    private final Set<String> meters = new HashSet<>();
    private final Map<String, List<MetricRule>> cache = new HashMap<>();
    private final Set<String> blindWhenOffline = new HashSet<>();

    public RuleBook(ShowFile show) {
        List<AlertRule> rules = show.alerts().rules();
        for (int i = 0; i < rules.size(); i++) {
            AlertRule r = rules.get(i);
            showRules.add(new Entry(r, MetricRule.of(r, "show file rule " + (i + 1))));
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
            if (e.source().matches(deviceId, OFFLINE)) {
                return e.rule();
            }
        }
        Optional<Double> one = Optional.of(1.0);
        boolean critical = blindWhenOffline.contains(deviceId);
        return (new MetricRule(Direction.ABOVE, critical ? Optional.empty() : one,
                critical ? one : Optional.empty(), 0, Duration.ZERO, Optional.empty(), false, "default for offline"));
    }

    /**
     * Devices whose domain raises its own alert when they go, with more to say than "offline": the audio path's
     * {@code audio_device} critical names what the card did and that nothing passes. A second, offline alert for the
     * same pulled cable would be one problem told twice.
     */
    public boolean domainReportsLoss(String deviceId) {
        return AudioSettings.DEVICE_ID.equals(deviceId);
    }

    /**
     * The rules watching this metric, no part set twice; empty when none does here (or its domain judges it),
     * and always for {@code offline}.
     */
    public synchronized List<MetricRule> rulesFor(String deviceId, String metric) {
        return cache.computeIfAbsent(deviceId + '\n' + metric, k -> resolve(deviceId, metric));
    }

    /** The rule whose limits above apply to this metric, if any: the line a chart of it draws. */
    public Optional<MetricRule> limitsAbove(String deviceId, String metric) {
        return rulesFor(deviceId, metric).stream()
                .filter(r -> r.direction() == Direction.ABOVE && r.hasLevels()).findFirst();
    }

    private List<MetricRule> resolve(String deviceId, String metric) {
        if (OFFLINE.equals(metric)) {
            return List.of();
        }
        if (meters.contains(deviceId) && POWER_JUDGED.matcher(metric).matches()
                || sensors.contains(deviceId) && DefaultRules.isTemperature(metric)) {
            return List.of();
        }
        List<MetricRule> found = new ArrayList<>();
        Set<Direction> limitsSet = EnumSet.noneOf(Direction.class);
        boolean rateSet = false;
        for (Entry e : showRules) {
            if (!e.source().matches(deviceId, metric)) {
                continue;
            }
            MetricRule r = e.rule();
            boolean levels = r.hasLevels() && limitsSet.add(r.direction());
            boolean rate = r.ratePerMinute().isPresent() && !rateSet;
            rateSet |= rate;
            if (levels || rate) {
                found.add(r.keeping(levels, rate));
            }
        }
        if (found.isEmpty()) {
            DefaultRules.forMetric(metric).ifPresent(found::add);
        }
        return List.copyOf(found);
    }
}
