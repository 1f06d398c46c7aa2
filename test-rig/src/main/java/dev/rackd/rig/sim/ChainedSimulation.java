package dev.rackd.rig.sim;

import dev.rackd.app.sim.Simulation;
import dev.rackd.config.ShowFile;
import dev.rackd.hal.Device;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The running simulated rack: family simulators over real transports plus in-process virtual devices. */
final class ChainedSimulation implements Simulation {
    private final ShowFile rewired;
    private final Map<String, VirtualDevice> virtual;
    private final List<FamilySimulator> families;

    ChainedSimulation(ShowFile rewired, Map<String, VirtualDevice> virtual, List<FamilySimulator> families) {
        this.rewired = rewired;
        this.virtual = Map.copyOf(virtual);
        this.families = List.copyOf(families);
    }

    @Override
    public ShowFile rewired() {
        return rewired;
    }

    @Override
    public Map<String, Device> virtualDevices() {
        return Map.copyOf(virtual);
    }

    @Override
    public void inject(String deviceId, String target, String value) {
        VirtualDevice v = virtual.get(deviceId);
        if (v != null) {
            v.inject(target, value);
            return;
        }
        for (FamilySimulator f : families) {
            if (f.devices().contains(deviceId)) {
                f.inject(deviceId, target, value);
                return;
            }
        }
        Set<String> all = new TreeSet<>(virtual.keySet());
        families.forEach(f -> all.addAll(f.devices()));
        throw new IllegalArgumentException("no simulated device '" + deviceId + "'; simulated: " + String.join(", ", all));
    }

    @Override
    public Optional<Set<String>> metrics(String deviceId) {
        return Optional.ofNullable(virtual.get(deviceId)).map(VirtualDevice::metricNames);
    }

    @Override
    public void close() {
        virtual.values().forEach(VirtualDevice::close);
        families.forEach(FamilySimulator::close);
    }
}
