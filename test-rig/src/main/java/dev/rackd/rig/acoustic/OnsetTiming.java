package dev.rackd.rig.acoustic;

import java.util.ArrayList;
import java.util.List;

/**
 * Time from the onset of each howl to the notch placed on it. The howl's onset is the start of the unbroken run of
 * frames, every 5.3 ms, leading up to the notch in which the loop was unstable and the howl audible at the notch's
 * frequency ({@link Audibility}: 10 dB above the source in its band and above -60 dBFS); precisely, the end of the
 * first frame of that run. While the loop is stable, what rings on after a phrase is the room's reverberation
 * through a loop near its MSG, not a howl: it dies away by itself. A notch placed before its howl was audible counts
 * 0 ms.
 *
 * <p>Two readings of "unstable": anywhere (the loop as a whole, the first reading), or at the notch's own frequency
 * (a phase crossing within {@value #OWN_HZ} Hz of it, about one detector bin, where the loop's gain is 1 or more). The
 * second is the howl's own onset: while the loop howls at 5.6 kHz, a peak at 6.1 kHz under the MSG rings and is heard
 * but does not grow, and notching it is the bank getting ahead, not catching up.
 */
final class OnsetTiming {
    private static final int STEP = 256;
    static final double OWN_HZ = 25;

    private OnsetTiming() {
    }

    /** Milliseconds from onset to notch for each notch placed in the run. */
    static List<Double> millis(LoopTrace trace, double rate) {
        return millis(trace, rate, Double.POSITIVE_INFINITY, false);
    }

    /**
     * The same for the notches placed up to {@code untilSeconds} (chain input time), the loop unstable anywhere or
     * at the notch's own frequency.
     */
    static List<Double> millis(LoopTrace trace, double rate, double untilSeconds, boolean ownFrequency) {
        Audibility audibility = new Audibility(trace.loudspeaker(), trace.source(), trace.latency(), rate);
        List<Double> result = new ArrayList<>();
        for (LoopTrace.NotchMark mark : trace.notches()) {
            if (!mark.type().equals("notch_placed") || mark.seconds() > untilSeconds) {
                continue;
            }
            // the detector's sample index counts chain input; the loudspeaker is that late
            int notchEnd = (int) Math.round(mark.seconds() * rate) + trace.latency();
            int onsetEnd = -1;
            for (int end = notchEnd; end >= Audibility.SIZE && unstable(trace, end - trace.latency(), mark.hz(),
                    ownFrequency) && audibility.audible(end, mark.hz()); end -= STEP) {
                onsetEnd = end;
            }
            result.add(onsetEnd < 0 ? 0.0 : (notchEnd - onsetEnd) / rate * 1000);
        }
        return result;
    }

    private static boolean unstable(LoopTrace trace, int sample, double hz, boolean ownFrequency) {
        return ownFrequency ? trace.unstableNear(sample, hz, OWN_HZ) : !trace.stableAt(sample);
    }
}
