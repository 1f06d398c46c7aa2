package dev.rackd.rig.power;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** One simulated serial port of the show file: its slave bus and the circuits its meters measure. */
final class SimulatedBus {
    final ModbusSlaveBus slaves;
    private final List<Circuit> circuits = new ArrayList<>();

    private record Circuit(LoadModel load, Set<Integer> phases, boolean singlePhaseMeters) {}

    SimulatedBus(ModbusSlaveBus slaves) {
        this.slaves = slaves;
    }

    /**
     * The load for a meter on {@code phases} (1..3): single-phase meters on different phases of one port
     * share one circuit (three PZEMs in a distro); anything else gets a circuit of its own.
     */
    LoadModel circuitFor(List<Integer> phases, double breakerAmps) {
        if (phases.size() == 1) {
            for (Circuit c : circuits) {
                if (c.singlePhaseMeters() && c.phases().add(phases.get(0))) {
                    return c.load();
                }
            }
        }
        Circuit c = new Circuit(new LoadModel(breakerAmps), new HashSet<>(phases), phases.size() == 1);
        circuits.add(c);
        return c.load();
    }
}
