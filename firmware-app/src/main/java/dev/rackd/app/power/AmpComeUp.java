package dev.rackd.app.power;

import dev.rackd.app.alerts.Severity;
import dev.rackd.config.SequenceStep;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * Whether the amps a sequence step powers come up: each one not online within the step's come-up time after its relay
 * closed raises {@code power.amp_up}, cleared when the amp comes online or its step is switched off again. It never
 * holds up the sequence: the other amps still need their power.
 */
final class AmpComeUp {
    static final String RULE = "power.amp_up";

    private final List<SequenceStep> steps;
    private final IntFunction<String> stepName;
    private final Predicate<String> ampOnline;
    private final Predicate<String> relayOn;
    private final AlertSink alerts;
    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("amp come-up").factory());
    private final Map<String, ScheduledFuture<?>> awaited = new ConcurrentHashMap<>();
    private final Set<String> late = ConcurrentHashMap.newKeySet();
    /** Orders an amp's come-up check against its online event. */
    private final Object lock = new Object();

    /**
     * @param ampOnline whether an amplifier is online now
     * @param relayOn   whether a relay is on now
     */
    AmpComeUp(List<SequenceStep> steps, IntFunction<String> stepName, Predicate<String> ampOnline,
            Predicate<String> relayOn, AlertSink alerts) {
        this.steps = List.copyOf(steps);
        this.stepName = stepName;
        this.ampOnline = ampOnline;
        this.relayOn = relayOn;
        this.alerts = alerts;
    }

    /** Asked before the step's relay closes: an amp online already (fed some other way) is not waited for. */
    List<String> notYetUp(int index) {
        return steps.get(index).amps().stream().filter(a -> !ampOnline.test(a)).toList();
    }

    /** The step's relay closed: each of {@code amps} must come online within its come-up time. */
    void powered(int index, List<String> amps) {
        for (String amp : amps) {
            ScheduledFuture<?> check;
            try {
                check = timer.schedule(() -> check(index, amp), steps.get(index).comeUp().toNanos(),
                        TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException e) {
                return; // rackd is stopping
            }
            Optional.ofNullable(awaited.put(amp, check)).ifPresent(f -> f.cancel(false));
        }
    }

    /** The step's relay opened: its amps are off on purpose, so one late to come up no longer is. */
    void unpowered(int index) {
        for (String amp : steps.get(index).amps()) {
            synchronized (lock) {
                Optional.ofNullable(awaited.remove(amp)).ifPresent(f -> f.cancel(false));
                if (late.remove(amp)) {
                    alerts.clear(RULE, amp, "online", Double.NaN, stepName.apply(index) + " off: " + amp
                            + " no longer has its power");
                }
            }
        }
    }

    /** An amplifier went online or offline: one late to come up is up now. */
    void amp(String id, boolean online) {
        if (!online) {
            return;
        }
        synchronized (lock) {
            Optional.ofNullable(awaited.remove(id)).ifPresent(f -> f.cancel(false));
            if (late.remove(id)) {
                alerts.clear(RULE, id, "online", Double.NaN, stepOf(id) + ": " + id + " came up");
            }
        }
    }

    void shutdown() {
        timer.shutdownNow();
    }

    private void check(int index, String amp) {
        SequenceStep step = steps.get(index);
        synchronized (lock) {
            awaited.remove(amp);
            // asked again: it may have come online between the relay closing and this check being scheduled
            if (!relayOn.test(step.relay()) || ampOnline.test(amp)) {
                return;
            }
            late.add(amp);
            alerts.raise(RULE, amp, "online", Severity.WARNING, Double.NaN, Double.NaN, stepName.apply(index) + ": "
                    + amp + " did not come up within " + Words.duration(step.comeUp()) + " of its power; check its"
                    + " mains switch and breaker");
        }
    }

    private String stepOf(String amp) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).amps().contains(amp)) {
                return stepName.apply(i);
            }
        }
        return amp;
    }
}
