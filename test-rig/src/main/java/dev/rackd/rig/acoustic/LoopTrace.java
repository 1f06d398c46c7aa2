package dev.rackd.rig.acoustic;

import java.util.List;

/**
 * What one closed-loop run left behind.
 *
 * @param loudspeaker     the chain's output, the signal sent to the loudspeaker
 * @param source          the talker or instrument at the microphone, without feedback
 * @param latency         samples by which the loudspeaker lags the source through the chain
 * @param samples         samples simulated (the run stops early when it fails)
 * @param notches         notch events, in order
 * @param failedAtSeconds when the loop had been unstable for the failure time, or NaN if it never was
 * @param stableGainDb    the highest gain (re MSG without processing) at which the suppressor was in control: the loop
 *                        stable, or unstable with nothing heard yet
 * @param strictStableGainDb the highest gain at which the loop was last stable by the Nyquist criterion
 * @param deltaMsgDb      MSG with the notches in place at the end of the run, minus MSG without processing
 * @param notchSdDb       log-spectral distortion of the final notch bank alone (ERB-weighted)
 * @param inControlUntilSeconds the end of the last block at which the suppressor was in control (the time of
 *                        {@code stableGainDb} on the ramp); what comes after it is the run failing
 * @param unstableHz      per block of {@link LoopRun#BLOCK} samples: the frequencies at which the loop was unstable
 *                        then, or null while it was stable
 */
record LoopTrace(double[] loudspeaker, double[] source, int latency, int samples, List<NotchMark> notches,
        double failedAtSeconds, double stableGainDb, double strictStableGainDb, double deltaMsgDb, double notchSdDb,
        double inControlUntilSeconds, double[][] unstableHz) {

    /** Whether the loop was stable over all of the samples {@code [from, to)}. */
    boolean stableOver(int from, int to) {
        for (int b = Math.max(0, from / LoopRun.BLOCK); b <= (to - 1) / LoopRun.BLOCK && b < unstableHz.length; b++) {
            if (unstableHz[b] != null) {
                return false;
            }
        }
        return to <= samples;
    }

    /** Whether the loop was stable at chain input sample {@code sample} (false past the end of the run). */
    boolean stableAt(int sample) {
        int b = sample / LoopRun.BLOCK;
        return b >= 0 && (b + 1) * LoopRun.BLOCK <= samples && unstableHz[b] == null;
    }

    /** Whether the loop was unstable at chain input sample {@code sample} within {@code toleranceHz} of {@code hz}. */
    boolean unstableNear(int sample, double hz, double toleranceHz) {
        int b = sample / LoopRun.BLOCK;
        if (b < 0 || b >= unstableHz.length || unstableHz[b] == null) {
            return false;
        }
        for (double f : unstableHz[b]) {
            if (Math.abs(f - hz) <= toleranceHz) {
                return true;
            }
        }
        return false;
    }

    /** A notch event: when, where, what. */
    record NotchMark(double seconds, double hz, String type) {
    }
}
