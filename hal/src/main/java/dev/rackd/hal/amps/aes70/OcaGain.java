package dev.rackd.hal.amps.aes70;

import static dev.rackd.hal.Decimals.widen;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** An OcaGain object (class 1.1.1.5): gain in dB, with the limits the device allows. */
public record OcaGain(OcaController controller, long ono) {
    public static final OcaMethodId GET_GAIN = new OcaMethodId(4, 1);
    public static final OcaMethodId SET_GAIN = new OcaMethodId(4, 2);
    public static final OcaPropertyId GAIN = new OcaPropertyId(4, 1);

    public record Value(double gainDb, double minDb, double maxDb) {}

    public CompletableFuture<Value> get() {
        return OcaDecode.get(controller, ono, GET_GAIN, r -> new Value(widen(r.float32()), widen(r.float32()), widen(r.float32())));
    }

    public CompletableFuture<Void> set(double gainDb) {
        return controller.set(ono, SET_GAIN, 1, new OcaWriter().float32((float) gainDb).toBytes());
    }

    public CompletableFuture<Void> onChange(Consumer<Double> gainDb) {
        return OcaDecode.watch(controller, ono, GAIN, r -> widen(r.float32()), gainDb);
    }
}
