package dev.rackd.app.power;

import dev.rackd.app.alerts.Severity;
import dev.rackd.app.command.CommandException;
import dev.rackd.app.command.ErrorCode;
import dev.rackd.config.SequenceStep;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Switches the amp relays on in the show file's order, waiting each step's delay so inrush currents
 * do not add up on the breaker, and off in reverse. Before each step on, the supply must be in its
 * window and every phase under its breaker's warning level ({@code stepBlocker}); while waiting, a supply
 * that leaves its window or a meter that goes quiet ({@code faultWatch}) stops the sequence. A stopped
 * sequence leaves on what is on (never mute a show by surprise) and says which step and why.
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
    private volatile SequenceStatus status;

    PowerSequencer(List<SequenceStep> steps, Map<String, Relay> relays, Supplier<Optional<String>> stepBlocker,
            Supplier<Optional<String>> faultWatch, Consumer<SequenceStatus> report, AlertSink alerts) {
        this.steps = List.copyOf(steps);
        this.relays = Map.copyOf(relays);
        this.stepBlocker = stepBlocker;
        this.faultWatch = faultWatch;
        this.report = report;
        this.alerts = alerts;
        this.status = SequenceStatus.idle(steps.size());
    }

    SequenceStatus status() {
        return status;
    }

    /**
     * Starts switching; returns at once with the running status, or refuses with the reason the first
     * step cannot be switched.
     */
    synchronized SequenceStatus start(boolean on) throws CommandException {
        String action = on ? "on" : "off";
        if (status.running()) {
            throw new CommandException(ErrorCode.BUSY, "a power-" + status.action() + " sequence is running (step "
                    + status.step() + " of " + status.steps() + ")");
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
        if (on) {
            Optional<String> blocked = stepBlocker.get();
            if (blocked.isPresent()) {
                String why = stepName(0) + " not switched: " + blocked.get();
                publish(new SequenceStatus("refused", action, 0, steps.size(), why));
                alerts.raise(RULE, "sequence", "step", Severity.WARNING, 1, 0, "Power-on refused. " + why);
                throw new CommandException(ErrorCode.REFUSED, why);
            }
        }
        alerts.clear(RULE, "sequence", "step");
        publish(new SequenceStatus("running", action, 0, steps.size(), "starting"));
        SequenceStatus started = status;
        Thread.ofVirtual().name("power sequence " + action).start(() -> run(on));
        return started;
    }

    private void run(boolean on) {
        String action = on ? "on" : "off";
        List<SequenceStep> order = new ArrayList<>(steps);
        if (!on) {
            java.util.Collections.reverse(order);
        }
        for (int i = 0; i < order.size(); i++) {
            SequenceStep step = order.get(i);
            int index = on ? i : steps.size() - 1 - i;
            if (on && i > 0) {
                Optional<String> blocked = stepBlocker.get();
                if (blocked.isPresent()) {
                    stop(action, i, stepName(index) + " not switched: " + blocked.get());
                    return;
                }
            }
            try {
                relays.get(step.relay()).set(on);
            } catch (RuntimeException e) {
                stop(action, i, stepName(index) + " relay failed: " + e.getMessage());
                return;
            }
            publish(new SequenceStatus("running", action, i + 1, steps.size(), stepName(index) + " " + action));
            if (i < order.size() - 1) {
                Optional<String> fault = waitWatching(step.delay(), on);
                if (fault.isPresent()) {
                    stop(action, i + 1, "stopped after " + stepName(index) + ": " + fault.get());
                    return;
                }
            }
        }
        publish(new SequenceStatus("done", action, steps.size(), steps.size(), "all " + steps.size() + " steps "
                + action));
    }

    /** Waits a step's delay; on the way up, watches the supply and the meters meanwhile. */
    private Optional<String> waitWatching(Duration delay, boolean on) {
        long end = System.nanoTime() + delay.toNanos();
        while (System.nanoTime() - end < 0) {
            if (on) {
                Optional<String> fault = faultWatch.get();
                if (fault.isPresent()) {
                    return fault;
                }
            }
            java.util.concurrent.locks.LockSupport.parkNanos(Math.min(CHECK_EVERY_NANOS, end - System.nanoTime()));
        }
        return Optional.empty();
    }

    private void stop(String action, int switched, String why) {
        publish(new SequenceStatus("stopped", action, switched, steps.size(), why));
        alerts.raise(RULE, "sequence", "step", Severity.WARNING, switched, steps.size(),
                "Power-" + action + " sequence stopped. " + why);
    }

    private String stepName(int index) {
        return "Step " + (index + 1) + " (" + steps.get(index).label() + ")";
    }

    private void publish(SequenceStatus s) {
        status = s;
        report.accept(s);
    }
}
