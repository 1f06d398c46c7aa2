package dev.rackd.app.power;

import dev.rackd.app.alerts.Severity;
import dev.rackd.config.AlertSettings;
import dev.rackd.config.PowerMeter;
import dev.rackd.hal.Reading;
import dev.rackd.hal.Unit;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * One metered circuit against its breaker: each phase's current as {@code lN_load} in % of the rating,
 * with a warning at 80 % and a critical at 95 % (or the show file's rule), and the neutral's current
 * against the same rating (switch-mode loads can push it past the phases).
 */
final class BreakerLoad {
    static final String RULE = "power.breaker";
    static final String NEUTRAL_RULE = "power.neutral";

    private final PowerMeter meter;
    private final AlertSettings settings;
    private final AlertSink alerts;
    private final Consumer<Reading> publish;
    private final BiFunction<String, Instant, Optional<Reading>> lightest;
    private final Map<String, Threshold> phases = new HashMap<>();
    private final Map<String, Reading> latestLoad = new HashMap<>();
    private final Threshold neutral;

    /** @param lightest the least loaded fresh phase of the feed other than the one given, at a time */
    BreakerLoad(PowerMeter meter, AlertSettings settings, AlertSink alerts, Consumer<Reading> publish,
            BiFunction<String, Instant, Optional<Reading>> lightest) {
        this.meter = meter;
        this.lightest = lightest;
        this.settings = settings;
        this.alerts = alerts;
        this.publish = publish;
        Limits l = Limits.of(settings, meter.id(), "neutral_load", Limits.BREAKER);
        this.neutral = l.above();
    }

    /** A phase current: publishes its load and moves its alert. */
    void current(String phase, double amps, Instant time) {
        String metric = phase + "_load";
        double load = amps / meter.breakerAmps() * 100;
        Reading r = Reading.good(meter.id(), metric, load, Unit.PERCENT, time);
        latestLoad.put(phase, r);
        publish.accept(r);
        Threshold t = phases.computeIfAbsent(phase,
                p -> Limits.of(settings, meter.id(), metric, Limits.BREAKER).above());
        boolean changed = t.update(load).isPresent();
        boolean critical = t.level().filter(l -> l == Severity.CRITICAL).isPresent();
        String words = Words.phase(phase) + " at " + Words.whole(load) + " % of its " + Words.amps(meter.breakerAmps())
                + " breaker" + (critical ? ", close to tripping" : "");
        if (t.level().isPresent()) {
            // what to do: a phase with room (clear of the warning by the hysteresis) can take load, else shed it
            Optional<Reading> room = lightest.apply(phase, time).filter(l -> l.value() < t.warning() - t.hysteresis());
            words += room.map(l -> ": move load to " + Words.phase(l.metric().substring(0, 2))
                    + ", the lightest phase (" + Words.whole(l.value()) + " %)").orElse(": shed load");
        }
        alerts.follow(t, changed, RULE, meter.id(), metric, load, words);
    }

    /** The latest load of each phase, by phase ("l1"). */
    Map<String, Reading> loads() {
        return latestLoad;
    }

    void neutralCurrent(double amps) {
        double load = amps / meter.breakerAmps() * 100;
        boolean changed = neutral.update(load).isPresent();
        String message = "Neutral at " + Words.one(amps) + " A, " + Words.whole(load) + " % of the "
                + Words.amps(meter.breakerAmps()) + " rating (switch-mode loads?)";
        double ampsPerPercent = meter.breakerAmps() / 100;
        Optional<Severity> level = neutral.level();
        if (level.isPresent()) {
            alerts.level(NEUTRAL_RULE, meter.id(), "neutral_current", level.get(), amps,
                    neutral.limit(level.get()) * ampsPerPercent, message, neutral.step() * ampsPerPercent);
        } else if (changed) {
            alerts.clear(NEUTRAL_RULE, meter.id(), "neutral_current", amps, message);
        }
    }

    /** Why a sequence step must wait: a phase at or above its warning level, judged on fresh readings. */
    Optional<String> overWarning(Instant now, Duration fresh) {
        for (Map.Entry<String, Reading> e : latestLoad.entrySet()) {
            Reading r = e.getValue();
            double warning = phases.get(e.getKey()).warning();
            if (!r.time().isBefore(now.minus(fresh)) && r.value() >= warning) {
                return Optional.of(Words.phase(e.getKey()) + " at " + Words.whole(r.value()) + " % of its "
                        + Words.amps(meter.breakerAmps()) + " breaker, over the " + Words.whole(warning) + " % limit");
            }
        }
        return Optional.empty();
    }
}
