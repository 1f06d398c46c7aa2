package dev.rackd.app.sim;

import dev.rackd.app.core.StartupException;
import java.util.ServiceLoader;

/** Finds the rack simulator (test-rig) on the class path for {@code rackd run --simulate}. */
public final class SimulatorLoader {
    private SimulatorLoader() {}

    public static RackSimulator load() throws StartupException {
        return ServiceLoader.load(RackSimulator.class).findFirst().orElseThrow(() -> new StartupException(
                StartupException.ENVIRONMENT,
                "--simulate needs the rack simulator, which is not on the class path; run the rackd.jar that"
                        + " 'mvn -B package' builds (firmware-app/target/rackd.jar includes it)"));
    }
}
