package dev.rackd.hal.amps.aes70;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** An OcaBooleanSensor (class 1.1.2.1.1): GetReading is 5.1. Used for clip and protection indicators. */
public record OcaBooleanSensor(OcaController controller, long ono) {
    public static final OcaMethodId GET_READING = new OcaMethodId(5, 1);
    public static final OcaPropertyId READING = new OcaPropertyId(5, 1);

    public CompletableFuture<Boolean> get() {
        return OcaDecode.get(controller, ono, GET_READING, OcaReader::bool);
    }

    public CompletableFuture<Void> onChange(Consumer<Boolean> reading) {
        return OcaDecode.watch(controller, ono, READING, OcaReader::bool, reading);
    }
}
