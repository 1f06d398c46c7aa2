package dev.rackd.app.cli.dsp;

/** Guards the chain against samples no converter or sound card produces but a float file or a pipe may carry. */
final class Samples {
    private Samples() {
    }

    /** Replaces NaN and infinities by silence (they would poison every filter's state); returns how many. */
    static int silenceNonFinite(float[] samples, int count) {
        int bad = 0;
        for (int i = 0; i < count; i++) {
            if (!Float.isFinite(samples[i])) {
                samples[i] = 0f;
                bad++;
            }
        }
        return bad;
    }
}
