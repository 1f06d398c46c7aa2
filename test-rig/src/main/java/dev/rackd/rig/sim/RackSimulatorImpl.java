package dev.rackd.rig.sim;

import dev.rackd.app.sim.RackSimulator;
import dev.rackd.app.sim.Simulation;
import dev.rackd.config.ShowFile;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code rackd run --simulate}: chains every {@link FamilySimulator} on the class path (each serves its
 * devices over their real transport and rewires the show file to reach them) and backs every device no
 * family covers with an in-process {@link VirtualDevice}. A family that fails to start is skipped with a
 * warning and its devices fall back to value models, so a missing socat never stops a demo.
 */
public final class RackSimulatorImpl implements RackSimulator {
    private static final Logger log = LoggerFactory.getLogger(RackSimulatorImpl.class);
    /** Fixed so two runs of the same show file tell the same story. */
    static final long SEED = 0x5EED_2026L;

    @Override
    public Simulation start(ShowFile show, Path workDir) {
        List<FamilySimulator> families = new ArrayList<>();
        Set<String> covered = new HashSet<>();
        ShowFile rewired = show;
        for (FamilySimulator family : ServiceLoader.load(FamilySimulator.class)) {
            String name = family.getClass().getSimpleName();
            try {
                rewired = family.start(rewired, workDir.resolve(name));
                families.add(family);
                covered.addAll(family.devices());
                log.info("simulating {} over its real transport: {}", name, family.devices());
            } catch (Exception e) {
                log.warn("simulator {} did not start ({}); its devices run on value models", name, e.toString());
                family.close();
            }
        }
        var virtual = VirtualRack.build(show, covered, Clock.systemUTC(), SEED);
        log.info("simulating {} devices on value models", virtual.size());
        return new ChainedSimulation(rewired, virtual, families);
    }
}
