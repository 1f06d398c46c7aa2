package dev.rackd.app.alerts;

import dev.rackd.app.alerts.AlertEvent.Type;
import java.time.Duration;
import java.util.ArrayDeque;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Every open alert and what happens to it: raise, severity change, clear, latch, acknowledge, flapping.
 * Pure state, no threads or clocks: the engine owns it on one thread and passes the time in.
 */
final class AlertBook {
    /** Fired this often within {@link #FLAP_WINDOW}: flapping. */
    static final int FLAP_RAISES = 5;
    static final Duration FLAP_WINDOW = Duration.ofMinutes(10);
    /** While flapping, a clear waits until the condition has stayed away this long. */
    static final Duration FLAP_HOLD = Duration.ofMinutes(2);
    /** A restored active alert that no rule or domain confirms within this time is cleared. */
    static final Duration RESTORE_GRACE = Duration.ofMinutes(2);
    /** An alert whose value moves is updated at most this often: the phones follow it, MQTT is not flooded. */
    static final Duration VALUE_GAP = Duration.ofSeconds(5);

    private final Map<String, OpenAlert> open = new LinkedHashMap<>();
    private final Map<String, Long> counts;
    /** Recent raise times per id, kept after an alert closes so that flapping is seen across acknowledges. */
    private final Map<String, ArrayDeque<Instant>> raises = new HashMap<>();
    private final LongSupplier seqs;
    private final Consumer<AlertEvent> sink;
    private final Instant started;

    AlertBook(List<Alert> restored, Map<String, Long> counts, LongSupplier seqs, Consumer<AlertEvent> sink,
            Instant started) {
        this.counts = new HashMap<>(counts);
        this.seqs = seqs;
        this.sink = sink;
        this.started = started;
        restored.forEach(a -> open.put(a.id(), OpenAlert.restore(a)));
    }

    /** The condition holds at {@code c.severity()} at {@code time}. */
    void hold(Condition c, Instant time) {
        OpenAlert a = open.get(c.id());
        if (a == null || a.condition == null) {
            raise(a == null ? new OpenAlert(c.id()) : a, c, time);
            return;
        }
        a.unconfirmed = false;
        a.clearHeldSince = null;
        a.clearMessage = null;
        // a restored critical is taken to latch until its condition says whether it does
        a.latchedCritical = c.latch() && (a.latchedCritical || c.severity() == Severity.CRITICAL);
        Severity shown = a.latchedCritical ? Severity.CRITICAL : c.severity();
        // under the latch the reading fell to a warning or rose back: the words say so at once
        boolean reworded = a.latchedCritical && a.condition != c.severity() && c.whileLatched() != null;
        a.condition = c.severity();
        a.held = c;
        if (shown != a.severity) {
            if (LevelTracker.rank(shown) > LevelTracker.rank(a.severity)) {
                a.ackedBy = null; // worse than what was acknowledged: somebody must look again
                a.ackedAt = null;
            }
            a.severity = shown;
            a.take(shownWords(a, c));
            emit(Type.UPDATE, a, time);
        } else if (reworded) {
            a.take(shownWords(a, c));
            emit(Type.UPDATE, a, time);
        }
    }

    /** {@code c}, in its latched words while it is a latched critical whose condition is weaker. */
    private static Condition shownWords(OpenAlert a, Condition c) {
        boolean latchedWarning = a.latchedCritical && c.severity() != Severity.CRITICAL && c.whileLatched() != null;
        return latchedWarning ? c.withMessage(c.whileLatched()) : c;
    }

    /**
     * Like {@link #hold}, and when only the words changed (a domain re-raising with the value it sees
     * now, "L2 at 87 % of its 32 A breaker") the alert takes them as an {@code update}.
     */
    void holdAndRefresh(Condition c, Instant time) {
        OpenAlert a = open.get(c.id());
        boolean reworded = a != null && a.condition != null && !c.message().equals(a.message);
        Severity before = a == null ? null : a.severity;
        hold(c, time);
        if (reworded && open.get(c.id()) == a && a.severity == before) {
            a.take(c);
            emit(Type.UPDATE, a, time);
        }
    }

    /**
     * Like {@link #hold}, and the alert's value and words follow the reading (a level or rate rule's), so the crew
     * sees the value now rather than the one it fired at: as an {@code update} once the value has moved by
     * {@code step} from the one shown and the alert's last event is {@link #VALUE_GAP} old.
     */
    void holdAndFollow(Condition c, double step, Instant time) {
        OpenAlert a = open.get(c.id());
        boolean holding = a != null && a.condition != null;
        Severity before = holding ? a.severity : null;
        hold(c, time);
        if (!holding || a.severity != before || a.value == null || c.value() == null) {
            return; // fired, or changed severity: it took the words then
        }
        Condition shown = shownWords(a, c);
        boolean moved = Math.abs(c.value() - a.value) >= step && !shown.message().equals(a.message);
        if (moved && !time.isBefore(a.changedAt.plus(VALUE_GAP))) {
            a.take(shown);
            emit(Type.UPDATE, a, time);
        }
    }

    /** The condition is gone at {@code time} (no-op if it was not holding). */
    void release(String id, Instant time) {
        OpenAlert a = open.get(id);
        if (a == null || a.condition == null) {
            return;
        }
        if (a.flapping) {
            if (a.clearHeldSince == null) {
                a.clearHeldSince = time;
            }
            return;
        }
        clear(a, time);
    }

    /**
     * Like {@link #release(String, Instant)}, the clear carrying the value and words of the reading that cleared it
     * (the first one, when flapping holds the clear back).
     */
    void release(String id, Double value, String message, Instant time) {
        OpenAlert a = open.get(id);
        if (a != null && a.condition != null && a.clearHeldSince == null) {
            a.clearValue = value;
            a.clearMessage = message;
        }
        release(id, time);
    }

    /** Whether {@code id} is a latched critical nobody has acknowledged yet. */
    boolean latched(String id) {
        OpenAlert a = open.get(id);
        return a != null && a.latchedCritical;
    }

    /** Whether the condition of {@code id} holds: a clear's words are worth working out. */
    boolean holding(String id) {
        OpenAlert a = open.get(id);
        return a != null && a.condition != null;
    }

    Optional<Alert> acknowledge(String id, String user, Instant time) {
        OpenAlert a = open.get(id);
        if (a == null) {
            return Optional.empty();
        }
        if (a.ackedBy != null && !a.latchedCritical) {
            return Optional.of(a.snapshot(count(id), a.state())); // already: nothing changes
        }
        a.ackedBy = user;
        a.ackedAt = time;
        a.latchedCritical = false;
        if (a.condition != null) {
            if (a.severity != a.condition && a.held != null) {
                a.take(a.held); // a latched critical at a warning's reading: a warning in its own words now
            }
            a.severity = a.condition;
        }
        return Optional.of(emit(Type.ACK, a, time));
    }

    /** Acknowledges every open alert nobody has acknowledged yet. */
    List<Alert> acknowledgeAll(String user, Instant time) {
        List<Alert> done = new ArrayList<>();
        for (OpenAlert a : new ArrayList<>(open.values())) {
            if (a.ackedBy == null || a.latchedCritical) {
                acknowledge(a.id, user, time).ifPresent(done::add);
            }
        }
        return done;
    }

    /** Held-back clears, the end of flapping and unconfirmed restored alerts, as of {@code now}. */
    void tick(Instant now) {
        for (OpenAlert a : new ArrayList<>(open.values())) {
            if (a.clearHeldSince != null && !now.isBefore(a.clearHeldSince.plus(FLAP_HOLD))) {
                clear(a, a.clearHeldSince);
            } else if (a.unconfirmed && !now.isBefore(started.plus(RESTORE_GRACE))) {
                a.unconfirmed = false;
                clear(a, now);
            }
        }
        raises.values().forEach(r -> trimRaises(r, now));
        raises.values().removeIf(ArrayDeque::isEmpty);
        for (OpenAlert a : open.values()) {
            if (a.flapping && !raises.containsKey(a.id) && a.clearHeldSince == null) {
                a.flapping = false;
                emit(Type.UPDATE, a, now);
            }
        }
    }

    Optional<Severity> conditionOf(String id) {
        OpenAlert a = open.get(id);
        return a == null ? Optional.empty() : Optional.ofNullable(a.condition);
    }

    /**
     * Open alerts, most urgent first: what still needs doing before what only waits for an acknowledge (cleared), by
     * severity, a condition that holds before a latched one that has gone, then oldest first.
     */
    List<Alert> open() {
        return open.values().stream().map(a -> a.snapshot(count(a.id), a.state()))
                .sorted(Comparator.comparing((Alert a) -> a.state() == AlertStatus.CLEARED)
                        .thenComparing(Comparator.comparing(Alert::severity).reversed())
                        .thenComparing(a -> a.state() != AlertStatus.ACTIVE)
                        .thenComparing(Alert::raisedAt))
                .toList();
    }

    Map<String, Long> counts() {
        return Map.copyOf(counts);
    }

    private void raise(OpenAlert a, Condition c, Instant time) {
        open.put(a.id, a);
        // back while still latched (its condition went, nobody acknowledged): it stays critical
        a.latchedCritical = c.latch() && (c.severity() == Severity.CRITICAL || a.latchedCritical);
        a.take(shownWords(a, c));
        a.held = c;
        a.condition = c.severity();
        a.severity = a.latchedCritical ? Severity.CRITICAL : c.severity();
        a.raisedAt = time;
        a.clearedAt = null;
        a.ackedBy = null;
        a.ackedAt = null;
        a.unconfirmed = false;
        a.clearHeldSince = null;
        counts.merge(a.id, 1L, Long::sum);
        ArrayDeque<Instant> recent = raises.computeIfAbsent(a.id, k -> new ArrayDeque<>());
        trimRaises(recent, time);
        recent.addLast(time);
        a.flapping |= recent.size() >= FLAP_RAISES;
        emit(Type.RAISE, a, time);
    }

    private void clear(OpenAlert a, Instant time) {
        if (a.clearMessage != null) {
            a.value = a.clearValue;
            a.message = a.clearMessage;
            a.clearMessage = null;
        }
        a.condition = null;
        a.clearHeldSince = null;
        a.clearedAt = time;
        emit(Type.CLEAR, a, time);
    }

    private Alert emit(Type type, OpenAlert a, Instant time) {
        a.seq = seqs.getAsLong();
        a.changedAt = time;
        AlertStatus state = a.closable() ? AlertStatus.CLOSED : a.state();
        if (state == AlertStatus.CLOSED) {
            open.remove(a.id);
        }
        Alert snap = a.snapshot(count(a.id), state);
        sink.accept(new AlertEvent(a.seq, type, time, snap));
        return snap;
    }

    private long count(String id) {
        return counts.getOrDefault(id, 0L);
    }

    private static void trimRaises(ArrayDeque<Instant> recent, Instant now) {
        while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(FLAP_WINDOW))) {
            recent.removeFirst();
        }
    }
}
