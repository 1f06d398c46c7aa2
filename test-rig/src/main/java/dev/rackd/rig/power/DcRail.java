package dev.rackd.rig.power;

import dev.rackd.config.DcMonitor;
import dev.rackd.rig.sim.DcRailModel;
import dev.rackd.rig.sim.ShowLoad;

/**
 * The rail an INA chip watches (fans, relays on 24 V): the current follows the show's load as the fans
 * speed up, the voltage sags a little with it over the wiring. The crew can pin either, or pull the chip.
 */
final class DcRail {
    private static final double WIRING_OHMS = 0.03;

    private final double nominalVolts;
    private final double maxAmps;
    private final double shuntOhms;
    private final long t0 = System.nanoTime();
    private final Overrides overrides = new Overrides();
    private volatile boolean answering = true;

    DcRail(DcMonitor monitor) {
        this.nominalVolts = DcRailModel.nominalVolts(monitor.label() + " " + monitor.id());
        this.maxAmps = monitor.maxAmps();
        this.shuntOhms = monitor.shuntOhms();
    }

    double currentAmps() {
        return overrides.get("current", () -> maxAmps * (0.2 + 0.45 * ShowLoad.at(seconds())));
    }

    double busVolts() {
        return overrides.get("bus_voltage", () -> nominalVolts - WIRING_OHMS * currentAmps());
    }

    double shuntVolts() {
        return currentAmps() * shuntOhms;
    }

    boolean answering() {
        return answering;
    }

    /** {@code bus_voltage} (or {@code voltage}) / {@code current} in V / A or {@code release}; {@code state offline|online}. */
    void inject(String deviceId, String target, String value) {
        // "voltage" is the reading's name, and what the crew injected when rails ran on value models
        switch (target.equals("voltage") ? "bus_voltage" : target) {
            case "state" -> answering = switch (value) {
                case "offline" -> false;
                case "online" -> true;
                default -> throw new IllegalArgumentException("unknown state '" + value + "' for " + deviceId
                        + ": offline or online");
            };
            case "bus_voltage", "current" -> {
                String metric = target.equals("current") ? "current" : "bus_voltage";
                if (value.equals("release")) {
                    overrides.release(metric);
                } else {
                    overrides.pin(metric, Overrides.number(value));
                }
            }
            default -> throw new IllegalArgumentException(deviceId + " has no simulated metric '" + target
                    + "': bus_voltage, current or state");
        }
    }

    private double seconds() {
        return (System.nanoTime() - t0) / 1e9;
    }
}
