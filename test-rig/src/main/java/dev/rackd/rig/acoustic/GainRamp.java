package dev.rackd.rig.acoustic;

/**
 * The broadband forward gain over a run, in dB relative to the maximum stable gain without processing: held at
 * {@code startDb} for {@code holdSeconds}, then raised by {@code dbPerSecond} up to {@code endDb}.
 */
record GainRamp(double startDb, double holdSeconds, double dbPerSecond, double endDb) {

    double gainDb(double seconds) {
        return Math.min(endDb, startDb + Math.max(0, seconds - holdSeconds) * dbPerSecond);
    }

    /** Seconds until the end gain is reached. */
    double seconds() {
        return holdSeconds + (endDb - startDb) / dbPerSecond;
    }

    /** The literature's ramp: from 3 dB below the MSG, after a 3 s hold, 0.5 dB per second up to 15 dB above. */
    static GainRamp standard() {
        return new GainRamp(-3, 3, 0.5, 15);
    }

    /** {@code db} throughout, for {@code seconds}. */
    static GainRamp fixed(double db, double seconds) {
        return new GainRamp(db, seconds, 1, db + 1e-9);
    }
}
