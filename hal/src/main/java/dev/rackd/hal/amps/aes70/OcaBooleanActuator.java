package dev.rackd.hal.amps.aes70;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** An OcaBooleanActuator (class 1.1.1.1.1): GetSetting 5.1, SetSetting 5.2. Used for standby. */
public record OcaBooleanActuator(OcaController controller, long ono) {
    public static final OcaMethodId GET_SETTING = new OcaMethodId(5, 1);
    public static final OcaMethodId SET_SETTING = new OcaMethodId(5, 2);
    public static final OcaPropertyId SETTING = new OcaPropertyId(5, 1);

    public CompletableFuture<Boolean> get() {
        return OcaDecode.get(controller, ono, GET_SETTING, OcaReader::bool);
    }

    public CompletableFuture<Void> set(boolean on) {
        return controller.set(ono, SET_SETTING, 1, new OcaWriter().bool(on).toBytes());
    }

    public CompletableFuture<Void> onChange(Consumer<Boolean> setting) {
        return OcaDecode.watch(controller, ono, SETTING, OcaReader::bool, setting);
    }
}
