package dev.rackd.app.sim;

import dev.rackd.config.ShowFile;
import dev.rackd.hal.Device;
import java.util.Map;

/** A running simulated rack. */
public interface Simulation extends AutoCloseable {
    /**
     * The show file with every simulated device's endpoint (serial port, host and port, sysfs root)
     * pointed at its simulator, so the real drivers run against it.
     */
    ShowFile rewired();

    /** Devices that are simulated by a value model in-process rather than over a real transport. */
    Map<String, Device> virtualDevices();

    /**
     * Fault injection, from MQTT {@code sim/<device>/<target>} or a scenario line.
     *
     * @param target a metric name, or {@code state}
     * @param value  a number or {@code release} for a metric; {@code offline}, {@code online} or
     *               {@code garbage} for the state
     * @throws IllegalArgumentException in the crew's words when the device, metric or value is unknown
     */
    void inject(String deviceId, String target, String value);

    /**
     * The metrics a simulated device can be told to report, so a scenario naming another is refused
     * before the show starts; empty when the simulator does not say (then only {@link #inject} judges).
     */
    default java.util.Optional<java.util.Set<String>> metrics(String deviceId) {
        return java.util.Optional.empty();
    }

    @Override
    void close();
}
