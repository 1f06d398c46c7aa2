package dev.rackd.hal.amps.aes70;

import static dev.rackd.hal.Decimals.widen;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** An OcaImpedanceSensor (class 1.1.2.9): OcaImpedance is magnitude (Ω) and phase, two floats. */
public record OcaImpedanceSensor(OcaController controller, long ono) {
    public static final OcaMethodId GET_READING = new OcaMethodId(4, 1);
    public static final OcaPropertyId READING = new OcaPropertyId(4, 1);

    public record Impedance(double magnitudeOhms, double phase) {}

    /** The reading now (the device's limits, which follow it, are skipped). */
    public CompletableFuture<Impedance> get() {
        return OcaDecode.get(controller, ono, GET_READING, OcaImpedanceSensor::impedance);
    }

    public CompletableFuture<Void> onChange(Consumer<Impedance> reading) {
        return OcaDecode.watch(controller, ono, READING, OcaImpedanceSensor::impedance, reading);
    }

    static Impedance impedance(OcaReader r) throws Ocp1FormatException {
        return new Impedance(widen(r.float32()), widen(r.float32()));
    }
}
