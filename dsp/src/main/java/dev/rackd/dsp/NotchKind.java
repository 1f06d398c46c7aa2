package dev.rackd.dsp;

/** Where a notch came from. */
public enum NotchKind {
    /** Set at ring-out (or restored from the state directory); stays until cleared. */
    FIXED,
    /** Placed during the show; lifted again once its howl has gone. */
    LIVE
}
