package dev.rackd.rig.sim;

import dev.rackd.config.ShowFile;
import java.nio.file.Path;
import java.util.Set;

/**
 * Simulates one family of devices (PZEM meters, Shure receivers, Powersoft amps, ...) over its real
 * transport: a pseudo-terminal, a socket, a sysfs-shaped folder. Found through
 * {@link java.util.ServiceLoader}; the rack simulator chains every family and backs whatever no family
 * covers with an in-process value model.
 */
public interface FamilySimulator extends AutoCloseable {
    /**
     * Starts a simulator for each device of this family in the show file and returns the show file with
     * those devices' endpoints pointed at the simulators. Devices of other families pass through unchanged.
     */
    ShowFile start(ShowFile show, Path workDir) throws Exception;

    /** The device ids this family simulates, once started. */
    Set<String> devices();

    /** Fault injection, as {@link dev.rackd.app.sim.Simulation#inject}. */
    void inject(String deviceId, String target, String value);

    @Override
    void close();
}
