package dev.rackd.app.power;

import dev.rackd.app.alerts.Severity;
import dev.rackd.app.command.CommandException;
import dev.rackd.app.command.ErrorCode;
import dev.rackd.config.SequenceStep;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Switches the amp relays on in the show file's order, waiting each step's delay so inrush currents
 * do not add up on the breaker, and off in reverse. Before each step on, the supply must be in its
 * window and every phase under its breaker's warning level ({@code stepBlocker}); while waiting, a supply
 * that leaves its window or a meter that goes quiet ({@code faultWatch}) stops the sequence. A stopped
 * sequence leaves on what is on (never mute a show by surprise) and says which step and why. A step whose
 * relay is already where the sequence takes it is passed over without its delay, so {@code on} finishes a
 * power-on cut short and {@code off} switches off only what is on. Which relays are on is saved before each
 * switch, so that a restart puts them back ({@link #restore}). Whether the amps a step names come up is
 * {@link AmpComeUp}'s to say; the sequence goes on regardless.
 */
final class PowerSequencer {
    static final String RULE = "power.sequence";
    private static final long CHECK_EVERY_NANOS = Duration.ofMillis(50).toNanos();

    private final List<SequenceStep> steps;
    private final Map<String, Relay> relays;
    private final Supplier<Optional<String>> stepBlocker;
    private final Supplier<Optional<String>> faultWatch;
    private final Consumer<SequenceStatus> report;
    private final AlertSink alerts;
    private final BiConsumer<SequenceStatus, Set<String>> save;
    private final AmpComeUp comeUp;
    private final Set<String> on = ConcurrentHashMap.newKeySet();
    private volatile SequenceStatus status;
    private volatile boolean halt;
    private volatile Thread runner;

    PowerSequencer(List<SequenceStep> steps, Map<String, Relay> relays, Supplier<Optional<String>> stepBlocker,
            Supplier<Optional<String>> faultWatch, Consumer<SequenceStatus> report, AlertSink alerts) {
        this(steps, relays, stepBlocker, faultWatch, report, alerts, id -> true);
    }

    /** @param ampOnline whether an amplifier is online now */
    PowerSequencer(List<SequenceStep> steps, Map<String, Relay> relays, Supplier<Optional<String>> stepBlocker,
            Supplier<Optional<String>> faultWatch, Consumer<SequenceStatus> report, AlertSink alerts,
            Predicate<String> ampOnline) {
        this(steps, relays, stepBlocker, faultWatch, report, alerts, Set.of(), (s, o) -> { }, ampOnline);
    }

    /**
     * @param initiallyOn the relays opened on (put back as they were before a restart)
     * @param save        told the status and the relays on before every switch and with every status
     */
    PowerSequencer(List<SequenceStep> steps, Map<String, Relay> relays, Supplier<Optional<String>> stepBlocker,
            Supplier<Optional<String>> faultWatch, Consumer<SequenceStatus> report, AlertSink alerts,
            Set<String> initiallyOn, BiConsumer<SequenceStatus, Set<String>> save, Predicate<String> ampOnline) {
        this.steps = List.copyOf(steps);
        this.relays = Map.copyOf(relays);
        this.stepBlocker = stepBlocker;
        this.faultWatch = faultWatch;
        this.report = report;
        this.alerts = alerts;
        this.save = save;
        this.comeUp = new AmpComeUp(steps, this::stepName, ampOnline, this.on::contains, alerts);
        this.on.addAll(initiallyOn);
        this.status = SequenceStatus.idle(steps.size());
    }

    SequenceStatus status() {
        return status;
    }

    /**
     * Says where the rack stands after a start, from what was saved before the stop.
     *
     * @param sameBoot the machine did not reboot since, so the relays opened at their saved level held it
     */
    synchronized void restore(RelayMemory.Saved saved, boolean sameBoot) {
        SequenceStatus was = saved.status();
        String action = was.action().isEmpty() ? "on" : was.action();
        if (!sameBoot) {
            if (saved.on().isEmpty()) {
                return;
            }
            String why = "the machine restarted (a reboot or a power cut), so its GPIO lines went off: "
                    + ranges(saved.on(), true) + " were on and are off now; rackd does not switch amps on by"
                    + " itself: send sequence on";
            publish(new SequenceStatus("interrupted", action, 0, steps.size(), why));
            alerts.raise(RULE, "sequence", "step", Severity.WARNING, Double.NaN, Double.NaN, why);
            return;
        }
        if (was.running() || was.state().equals("interrupted")) {
            boolean up = action.equals("on");
            int done = (int) steps.stream().filter(s -> on.contains(s.relay()) == up).count();
            String why = "power-" + action + " was interrupted at step " + Math.max(1, done) + " of " + steps.size()
                    + " by a restart; " + ranges(on, true) + " on, " + ranges(on, false) + " off; send sequence "
                    + action + " to finish";
            publish(new SequenceStatus("interrupted", action, done, steps.size(), why));
            alerts.raise(RULE, "sequence", "step", Severity.WARNING, Double.NaN, Double.NaN, why);
        } else if (!on.isEmpty() || !was.state().equals("idle")) {
            publish(new SequenceStatus(was.state(), was.action(), was.step(), steps.size(),
                    "kept through a restart of rackd: " + ranges(on, true) + " on, " + ranges(on, false) + " off"));
        }
    }

    /**
     * Starts switching; returns at once with the running status, or refuses with the reason the first
     * step cannot be switched. {@code off} during a power-on stops it first: the steps not yet switched stay off
     * and the power-off runs in reverse over those that were.
     */
    synchronized SequenceStatus start(boolean on) throws CommandException {
        String action = on ? "on" : "off";
        String cut = null;
        if (status.running()) {
            if (on || !status.action().equals("on")) {
                throw new CommandException(ErrorCode.BUSY, "a power-" + status.action() + " sequence is running (step "
                        + status.step() + " of " + status.steps() + ")");
            }
            halt();
            cut = "power-on stopped by sequence off at step " + status.step() + " of " + steps.size() + " ("
                    + ranges(this.on, false) + " not switched); ";
        }
        if (steps.isEmpty()) {
            throw new CommandException(ErrorCode.REFUSED, "the show file has no power sequence");
        }
        for (SequenceStep s : steps) {
            if (!relays.containsKey(s.relay())) {
                throw new CommandException(ErrorCode.REFUSED, "relay '" + s.relay() + "' (" + s.label()
                        + ") is not wired to a GPIO output");
            }
        }
        List<Integer> order = order(on);
        if (order.isEmpty()) {
            alerts.clear(RULE, "sequence", "step");
            publish(new SequenceStatus("done", action, steps.size(), steps.size(), "all " + steps.size() + " steps "
                    + action + " already"));
            return status;
        }
        if (on) {
            Optional<String> blocked = stepBlocker.get();
            if (blocked.isPresent()) {
                String why = stepName(order.get(0)) + " not switched: " + blocked.get();
                publish(new SequenceStatus("refused", action, 0, steps.size(), why));
                alerts.raise(RULE, "sequence", "step", Severity.WARNING, Double.NaN, Double.NaN,
                        "Power-on refused. " + why);
                throw new CommandException(ErrorCode.REFUSED, why);
            }
        }
        alerts.clear(RULE, "sequence", "step");
        String starting = cut == null ? "starting"
                : cut + "switching off " + ranges(this.on, true) + ", in reverse";
        publish(new SequenceStatus("running", action, 0, steps.size(), starting));
        SequenceStatus started = status;
        halt = false;
        runner = Thread.ofVirtual().name("power sequence " + action).start(() -> run(on, order));
        return started;
    }

    /** Halts a running sequence where it is: what is on stays on, the rest stays off. */
    synchronized SequenceStatus stop() throws CommandException {
        if (!status.running()) {
            throw new CommandException(ErrorCode.REFUSED, "no power sequence is running; nothing to stop");
        }
        halt();
        if (!status.running()) {
            return status; // it ended on its own meanwhile
        }
        String action = status.action();
        int step = status.step();
        List<String> log = status.switched();
        String why = "Power-" + action + " stopped by sequence stop at step " + step + " of " + steps.size() + "; "
                + ranges(on, true) + " on, " + ranges(on, false) + " off";
        publish(new SequenceStatus("stopped", action, step, steps.size(), why, log));
        alerts.raise(RULE, "sequence", "step", Severity.WARNING, Double.NaN, Double.NaN, why);
        return status;
    }

    /** rackd is stopping: the sequence ends where it is, switching nothing more; what was saved says it was cut. */
    synchronized void shutdown() {
        halt();
        comeUp.shutdown();
    }

    /** An amplifier went online or offline: one late to come up is up now. */
    void amp(String id, boolean online) {
        comeUp.amp(id, online);
    }

    /** Stops the running sequence's thread and waits for it (at most a check interval and a relay switch). */
    private void halt() {
        Thread t = runner;
        halt = true;
        if (t != null) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        halt = false;
    }

    /** Indexes of the steps this sequence switches, in its order: those not already where it takes them. */
    private List<Integer> order(boolean up) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            if (on.contains(steps.get(i).relay()) != up) {
                order.add(i);
            }
        }
        if (!up) {
            Collections.reverse(order);
        }
        return order;
    }

    private void run(boolean up, List<Integer> order) {
        String action = up ? "on" : "off";
        List<String> log = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            int index = order.get(i);
            SequenceStep step = steps.get(index);
            int at = up ? index + 1 : i + 1;
            if (halt) {
                return;
            }
            if (up && i > 0) {
                Optional<String> blocked = stepBlocker.get();
                if (blocked.isPresent()) {
                    halted(action, at - 1, stepName(index) + " not switched: " + blocked.get(), log);
                    return;
                }
            }
            List<String> down = up ? comeUp.notYetUp(index) : List.of();
            try {
                mark(step.relay(), up, status); // saved first: a restart from here on puts the relay back as meant
                relays.get(step.relay()).set(up);
            } catch (RuntimeException e) {
                mark(step.relay(), !up, status);
                halted(action, at - 1, stepName(index) + " relay failed: " + e.getMessage(), log);
                return;
            }
            if (up) {
                comeUp.powered(index, down);
            } else {
                comeUp.unpowered(index);
            }
            log.add(stepName(index) + " " + action);
            publish(new SequenceStatus("running", action, at, steps.size(), stepName(index) + " " + action, log));
            if (i < order.size() - 1) {
                Optional<String> fault = waitWatching(step.delay(), up);
                if (halt) {
                    return;
                }
                if (fault.isPresent()) {
                    halted(action, at, "stopped after " + stepName(index) + ": " + fault.get(), log);
                    return;
                }
            }
        }
        publish(new SequenceStatus("done", action, steps.size(), steps.size(), "all " + steps.size() + " steps "
                + action, log));
    }

    private void mark(String relay, boolean up, SequenceStatus now) {
        if (up) {
            on.add(relay);
        } else {
            on.remove(relay);
        }
        save.accept(now, Set.copyOf(on));
    }

    /** Waits a step's delay; on the way up, watches the supply and the meters meanwhile. */
    private Optional<String> waitWatching(Duration delay, boolean up) {
        long end = System.nanoTime() + delay.toNanos();
        while (System.nanoTime() - end < 0 && !halt) {
            if (up) {
                Optional<String> fault = faultWatch.get();
                if (fault.isPresent()) {
                    return fault;
                }
            }
            LockSupport.parkNanos(Math.min(CHECK_EVERY_NANOS, end - System.nanoTime()));
        }
        return Optional.empty();
    }

    private void halted(String action, int switched, String why, List<String> log) {
        publish(new SequenceStatus("stopped", action, switched, steps.size(), why, log));
        alerts.raise(RULE, "sequence", "step", Severity.WARNING, Double.NaN, Double.NaN,
                "Power-" + action + " sequence stopped. " + why);
    }

    private String stepName(int index) {
        return "Step " + (index + 1) + " (" + steps.get(index).label() + ")";
    }

    /** "steps 1-2", "step 3", "steps 1, 3", "no step": the steps whose relay is on ({@code lit}) or off. */
    private String ranges(Set<String> relaysOn, boolean lit) {
        List<Integer> n = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            if (relaysOn.contains(steps.get(i).relay()) == lit) {
                n.add(i + 1);
            }
        }
        if (n.isEmpty()) {
            return "no step";
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            int j = i;
            while (j + 1 < n.size() && n.get(j + 1) == n.get(j) + 1) {
                j++;
            }
            parts.add(j == i ? String.valueOf(n.get(i)) : n.get(i) + "-" + n.get(j));
            i = j;
        }
        return (n.size() == 1 ? "step " : "steps ") + String.join(", ", parts);
    }

    private void publish(SequenceStatus s) {
        status = s;
        save.accept(s, Set.copyOf(on));
        report.accept(s);
    }
}
