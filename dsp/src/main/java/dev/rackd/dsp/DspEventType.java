package dev.rackd.dsp;

import java.util.Locale;

/** What happened on a channel. */
public enum DspEventType {
    /** A new notch went in (fixed or live). */
    NOTCH_PLACED,
    /** A notch was made deeper because its howl went on. */
    NOTCH_DEEPENED,
    /** A live notch was made shallower because its howl has gone. */
    NOTCH_LIFTED,
    /** A notch was taken out: lifted to nothing, cleared, or reused for a newer howl. */
    NOTCH_REMOVED,
    /** A howl was found but every notch is taken by a fixed one. */
    NOTCH_POOL_FULL,
    /** The limiter started reducing gain. */
    LIMITER_ACTIVE,
    /** The limiter has let go. */
    LIMITER_RELEASED;

    /** snake_case, as on the wire: {@code notch_placed}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
