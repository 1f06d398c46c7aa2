package dev.rackd.hal.amps.aes70;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** An OcaMute object (class 1.1.1.2). On the wire OcaMuteState is 1 for muted, 2 for unmuted. */
public record OcaMute(OcaController controller, long ono) {
    public static final OcaMethodId GET_STATE = new OcaMethodId(4, 1);
    public static final OcaMethodId SET_STATE = new OcaMethodId(4, 2);
    public static final OcaPropertyId STATE = new OcaPropertyId(4, 1);
    public static final int MUTED = 1;
    public static final int UNMUTED = 2;

    /** @return true when muted */
    public CompletableFuture<Boolean> get() {
        return OcaDecode.get(controller, ono, GET_STATE, OcaMute::state);
    }

    public CompletableFuture<Void> set(boolean muted) {
        return controller.set(ono, SET_STATE, 1, new OcaWriter().u8(muted ? MUTED : UNMUTED).toBytes());
    }

    public CompletableFuture<Void> onChange(Consumer<Boolean> muted) {
        return OcaDecode.watch(controller, ono, STATE, OcaMute::state, muted);
    }

    static boolean state(OcaReader r) throws Ocp1FormatException {
        int s = r.u8();
        if (s != MUTED && s != UNMUTED) {
            throw new Ocp1FormatException("mute state " + s + " is neither 1 (muted) nor 2 (unmuted)");
        }
        return s == MUTED;
    }
}
