package dev.rackd.dsp.limit;

import dev.rackd.dsp.NonNegative;

/**
 * The 4x oversampling interpolator of ITU-R BS.1770-4, Annex 2: a 48-tap FIR low-pass split into four phases of
 * twelve taps. Phase p of the oversampled signal is {@code sum over k of H[p][k] * x[n - k]}, k = 0 being the newest
 * input sample; the filter's delay puts the four points a quarter sample apart between {@code x[n-6]} and
 * {@code x[n-5]}. Phases 3 and 2 are phases 0 and 1 reversed (the prototype is symmetric).
 */
public final class TruePeakInterpolator {
    public static final int TAPS = 12;
    /** The points computed from a window ending at x[n] lie between x[n - DELAY] and x[n - DELAY + 1]. */
    public static final int DELAY = 6;

    private static final double[] P0 = {
        0.0017089843750, 0.0109863281250, -0.0196533203125, 0.0332031250000, -0.0594482421875, 0.1373291015625,
        0.9721679687500, -0.1022949218750, 0.0476074218750, -0.0266113281250, 0.0148925781250, -0.0083007812500,
    };
    private static final double[] P1 = {
        -0.0291748046875, 0.0292968750000, -0.0517578125000, 0.0891113281250, -0.1665039062500, 0.4650878906250,
        0.7797851562500, -0.2003173828125, 0.1015625000000, -0.0582275390625, 0.0330810546875, -0.0189208984375,
    };

    /** Also read by {@link SamplePeaks}; never written after the class is initialised. */
    static final double[] EVEN0 = half(P0, 1);
    static final double[] ODD0 = half(P0, -1);
    static final double[] EVEN1 = half(P1, 1);
    static final double[] ODD1 = half(P1, -1);

    private TruePeakInterpolator() {
    }

    /**
     * Largest magnitude of the four interpolated points of the window {@code w[from..from+11]}, ordered oldest to
     * newest (so {@code w[from + 11]} is x[n]).
     *
     * <p>Computed with the prototype's symmetry rather than as four dot products: with {@code u[k] = x[n-k]}, phase 0
     * plus phase 3 is {@code sum (P0[k] + P0[11-k]) (u[k] + u[11-k])} over k below six, and phase 0 minus phase 3
     * the same with differences; likewise for phases 1 and 2. And the larger magnitude of {@code a + b} and
     * {@code a - b} is {@code |a| + |b|}. About half the arithmetic of the direct form, on the limiter's hot path.
     */
    public static double peakOfWindow(double[] w, int from) {
        int newest = from + TAPS - 1;
        double even03 = 0;
        double odd03 = 0;
        double even12 = 0;
        double odd12 = 0;
        for (int k = 0; k < TAPS / 2; k++) {
            double near = w[newest - k];
            double far = w[from + k];
            double sum = near + far;
            double difference = near - far;
            even03 += EVEN0[k] * sum;
            odd03 += ODD0[k] * difference;
            even12 += EVEN1[k] * sum;
            odd12 += ODD1[k] * difference;
        }
        return NonNegative.max(Math.abs(even03) + Math.abs(odd03), Math.abs(even12) + Math.abs(odd12));
    }

    /** Half the symmetric and antisymmetric parts of a phase: {@code (p[k] + p[11-k]) / 2}, or with a minus. */
    private static double[] half(double[] phase, int sign) {
        double[] h = new double[TAPS / 2];
        for (int k = 0; k < h.length; k++) {
            h[k] = (phase[k] + sign * phase[TAPS - 1 - k]) / 2;
        }
        return h;
    }
}
