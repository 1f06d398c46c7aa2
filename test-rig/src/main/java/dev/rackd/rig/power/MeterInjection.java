package dev.rackd.rig.power;

import dev.rackd.config.PowerMeter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Fault injection on a simulated meter, in the words of the {@code sim/<device>/<target>} topic. */
final class MeterInjection {
    private MeterInjection() {}

    static void apply(PowerMeter meter, SimulatedBus bus, LoadModel load, List<Integer> phases, SupplyModel supply,
            String target, String value) {
        if (target.equals("state")) {
            switch (value) {
                case "unplug" -> bus.slaves.unplug();
                case "replug" -> replug(bus);
                default -> {
                    SlaveFault fault = SlaveFault.parse(value);
                    if (fault == SlaveFault.NONE) {
                        replug(bus);
                    }
                    bus.slaves.fault(meter.address(), fault);
                }
            }
            return;
        }
        if (target.matches("l[1-3]_.*") && !phases.contains(target.charAt(1) - '0')) {
            throw new IllegalArgumentException(meter.id() + " measures " + meter.phases() + ", not " + target);
        }
        if (!supply.knows(target) && !load.knows(target)) {
            throw new IllegalArgumentException(meter.id() + " has no simulated metric '" + target
                    + "'; try lN_voltage, voltage, frequency, lN_current, lN_power_factor, neutral_current");
        }
        if (value.equals("release")) {
            supply.release(target); // back to the model; releasing what was never pinned changes nothing
            load.release(target);
            return;
        }
        double v = Overrides.number(value);
        if (!supply.pin(target, v)) {
            load.pin(target, v);
        }
    }

    private static void replug(SimulatedBus bus) {
        try {
            bus.slaves.replug();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
