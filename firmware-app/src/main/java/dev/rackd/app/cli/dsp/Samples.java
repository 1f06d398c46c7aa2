package dev.rackd.app.cli.dsp;

import dev.rackd.dsp.ChannelChain;

/**
 * Guards the chain against samples no converter or sound card produces but a float file or a pipe may carry: NaN,
 * infinities, and values beyond {@link ChannelChain#INPUT_RANGE} (+96 dBFS). The chain would silence them too; they
 * are silenced here first so that they can be counted and told, each kind apart.
 */
final class Samples {
    private int nonFinite;
    private int outOfRange;

    /** Replaces what is not audio among the first {@code count} samples by silence; {@link #nonFinite()} etc. tell. */
    void silenceWhatIsNotAudio(float[] samples, int count) {
        nonFinite = 0;
        outOfRange = 0;
        for (int i = 0; i < count; i++) {
            float v = samples[i];
            if (!Float.isFinite(v)) {
                samples[i] = 0f;
                nonFinite++;
            } else if (Math.abs(v) > ChannelChain.INPUT_RANGE) {
                samples[i] = 0f;
                outOfRange++;
            }
        }
    }

    /** NaN or infinite samples silenced by the last call. */
    int nonFinite() {
        return nonFinite;
    }

    /** Finite samples beyond +96 dBFS silenced by the last call. */
    int outOfRange() {
        return outOfRange;
    }

    /** "3 NaN or infinite and 2 out-of-range samples (beyond +96 dBFS) went in as silence"; empty when none. */
    static String told(long nonFinite, long outOfRange) {
        if (nonFinite + outOfRange == 0) {
            return "";
        }
        String kinds = nonFinite == 0 ? outOfRange + " out-of-range"
                : outOfRange == 0 ? nonFinite + " NaN or infinite"
                : nonFinite + " NaN or infinite and " + outOfRange + " out-of-range";
        return kinds + (nonFinite + outOfRange == 1 ? " sample" : " samples")
                + (outOfRange > 0 ? " (beyond +96 dBFS)" : "") + " went in as silence";
    }
}
