package dev.rackd.app.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Plays a scenario against the running simulation, each step at its time after start. */
public final class ScenarioRunner implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ScenarioRunner.class);

    private final Scenario scenario;
    private final Simulation simulation;
    private final List<ScheduledFuture<?>> pending = new ArrayList<>();

    public ScenarioRunner(Scenario scenario, Simulation simulation) {
        this.scenario = scenario;
        this.simulation = simulation;
    }

    /**
     * Refuses steps naming a metric the simulated device does not have (where the simulator says which it
     * has), so a typo stops rackd at start and not in the middle of a demo.
     */
    public void check() throws ScenarioException {
        List<String> errors = new ArrayList<>();
        for (ScenarioStep s : scenario.steps()) {
            if (Injection.STATE.equals(s.target())) {
                continue;
            }
            Optional<Set<String>> known = simulation.metrics(s.deviceId());
            if (known.isPresent() && !known.get().contains(s.target())) {
                errors.add(scenario.fileName() + ":" + s.line() + ": " + s.deviceId() + " has no metric '"
                        + s.target() + "'; it has " + String.join(", ", new java.util.TreeSet<>(known.get())));
            }
        }
        if (!errors.isEmpty()) {
            throw new ScenarioException(errors);
        }
    }

    public synchronized void start(ScheduledExecutorService timer) {
        for (ScenarioStep s : scenario.steps()) {
            pending.add(timer.schedule(() -> play(s), s.at().toMillis(), TimeUnit.MILLISECONDS));
        }
        log.info("scenario {}: {} steps", scenario.fileName(), scenario.steps().size());
    }

    private void play(ScenarioStep s) {
        try {
            simulation.inject(s.deviceId(), s.target(), s.value());
            log.info("scenario {}:{}: {} {} {}", scenario.fileName(), s.line(), s.deviceId(), s.target(), s.value());
        } catch (RuntimeException e) {
            log.warn("scenario {}:{}: {}", scenario.fileName(), s.line(), e.getMessage());
        }
    }

    @Override
    public synchronized void close() {
        pending.forEach(f -> f.cancel(false));
        pending.clear();
    }
}
