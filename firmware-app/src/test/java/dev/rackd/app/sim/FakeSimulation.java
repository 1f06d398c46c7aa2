package dev.rackd.app.sim;

import dev.rackd.config.ShowFile;
import dev.rackd.hal.Device;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A simulation that records what it was told. It knows the devices (and their metrics) it is given and
 * refuses the value {@code 99}, as a real one refuses what it cannot do.
 */
final class FakeSimulation implements Simulation {
    final List<String> injected = new CopyOnWriteArrayList<>();
    private final Map<String, Set<String>> metrics;

    FakeSimulation(Map<String, Set<String>> metrics) {
        this.metrics = Map.copyOf(metrics);
    }

    @Override
    public ShowFile rewired() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Map<String, Device> virtualDevices() {
        return Map.of();
    }

    @Override
    public void inject(String deviceId, String target, String value) {
        if (value.equals("99") || !metrics.containsKey(deviceId)) {
            throw new IllegalArgumentException("refused: " + deviceId + " " + target + " " + value);
        }
        injected.add(deviceId + " " + target + " " + value);
    }

    @Override
    public Optional<Set<String>> metrics(String deviceId) {
        return Optional.ofNullable(metrics.get(deviceId)).filter(m -> !m.isEmpty());
    }

    @Override
    public void close() {}
}
