package dev.rackd.app.sim;

import dev.rackd.config.ShowFile;
import java.nio.file.Path;

/**
 * Backs a show file's devices with simulators for {@code rackd run --simulate}. The implementation lives
 * in test-rig and is found through {@link java.util.ServiceLoader}, so the service itself never depends
 * on simulator code.
 */
public interface RackSimulator {
    /**
     * Starts a simulator for every device of the show file.
     *
     * @param workDir a private folder for pseudo-terminal links, sysfs-shaped trees and the like
     */
    Simulation start(ShowFile show, Path workDir) throws Exception;
}
