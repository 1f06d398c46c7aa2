package dev.rackd.app.core;

import dev.rackd.app.sim.Scenario;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What {@code rackd run} was told besides the show file.
 *
 * @param broker   overrides the show file's broker
 * @param stateDir overrides the show file's state directory
 * @param scenario timed injections; only with {@code simulate}
 */
public record RunOptions(boolean simulate, Optional<String> broker, Optional<Path> stateDir,
        Optional<Scenario> scenario) {}
