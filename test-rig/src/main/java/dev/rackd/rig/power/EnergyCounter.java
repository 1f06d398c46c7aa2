package dev.rackd.rig.power;

import java.util.function.DoubleSupplier;

/** Integrates a simulated meter's power over real time into watt-hours, as the meter's own counter does. */
final class EnergyCounter {
    private final DoubleSupplier watts;
    private double wattHours;
    private long lastNanos = System.nanoTime();

    EnergyCounter(DoubleSupplier watts, double startWh) {
        this.watts = watts;
        this.wattHours = startWh;
    }

    synchronized double wattHours() {
        long now = System.nanoTime();
        wattHours += Math.max(0, watts.getAsDouble()) * (now - lastNanos) / 3.6e12;
        lastNanos = now;
        return wattHours;
    }

    synchronized void reset() {
        wattHours();
        wattHours = 0;
    }
}
