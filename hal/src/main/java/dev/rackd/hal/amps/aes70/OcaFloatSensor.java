package dev.rackd.hal.amps.aes70;

import static dev.rackd.hal.Decimals.widen;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * A sensor whose reading is one float: OcaTemperatureSensor (°C, class 1.1.2.5), OcaVoltageSensor (V,
 * 1.1.2.7) and others of the same shape. GetReading is 4.1 and returns reading, minimum and maximum.
 */
public record OcaFloatSensor(OcaController controller, long ono) {
    public static final OcaMethodId GET_READING = new OcaMethodId(4, 1);
    public static final OcaPropertyId READING = new OcaPropertyId(4, 1);

    public record Value(double reading, double min, double max) {}

    public CompletableFuture<Value> get() {
        return OcaDecode.get(controller, ono, GET_READING, r -> new Value(widen(r.float32()), widen(r.float32()), widen(r.float32())));
    }

    public CompletableFuture<Void> onChange(Consumer<Double> reading) {
        return OcaDecode.watch(controller, ono, READING, r -> widen(r.float32()), reading);
    }
}
