package dev.rackd.app.core;

import dev.rackd.app.sim.ScenarioException;
import dev.rackd.app.sim.ScenarioRunner;
import dev.rackd.app.sim.Simulation;
import dev.rackd.app.sim.SimulatorLoader;
import dev.rackd.config.ShowFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code --simulate}: the rack simulator in a temporary folder, the show file rewired to its devices, and the
 * scenario checked against them before anything else starts. A simulated rack keeps its state apart from the
 * real one (fake energy counters or learned notches must never end up in a show's state folder).
 *
 * @param scenario empty without {@code --scenario}
 */
record SimulatedRack(Simulation simulation, ShowFile show, Path folder, Optional<ScenarioRunner> scenario) {

    /** @param toClose gets what must be undone on stop: the simulation and its folder */
    static SimulatedRack start(ShowFile configured, RunOptions options, List<AutoCloseable> toClose)
            throws StartupException {
        Path folder;
        try {
            folder = Files.createTempDirectory("rackd-sim-");
        } catch (IOException e) {
            throw new StartupException(StartupException.ENVIRONMENT, "cannot create a temporary folder: "
                    + e.getMessage());
        }
        toClose.add(() -> FileTrees.deleteQuietly(folder));
        Simulation simulation;
        try {
            simulation = SimulatorLoader.load().start(configured, folder.resolve("devices"));
        } catch (StartupException e) {
            throw e;
        } catch (Exception e) {
            throw new StartupException(StartupException.ENVIRONMENT, "the rack simulator did not start: " + e, e);
        }
        toClose.add(simulation);
        return new SimulatedRack(simulation, simulation.rewired(), folder, checkedScenario(options, simulation));
    }

    /** The state folder of this run, unless --state-dir names one. */
    Path stateDir() {
        return folder.resolve("state");
    }

    /** The scenario, refused before anything else starts when a line names a metric the device lacks. */
    private static Optional<ScenarioRunner> checkedScenario(RunOptions options, Simulation simulation)
            throws StartupException {
        if (options.scenario().isEmpty()) {
            return Optional.empty();
        }
        ScenarioRunner runner = new ScenarioRunner(options.scenario().get(), simulation);
        try {
            runner.check();
        } catch (ScenarioException e) {
            throw new StartupException(StartupException.BAD_INPUT, e.getMessage());
        }
        return Optional.of(runner);
    }
}
