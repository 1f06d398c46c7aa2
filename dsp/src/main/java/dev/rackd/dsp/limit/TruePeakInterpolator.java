package dev.rackd.dsp.limit;

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

    private TruePeakInterpolator() {
    }

    /**
     * Largest magnitude of the four interpolated points of the window {@code w[from..from+11]}, ordered oldest to
     * newest (so {@code w[from + 11]} is x[n]).
     */
    public static double peakOfWindow(double[] w, int from) {
        double p0 = 0;
        double p1 = 0;
        double p2 = 0;
        double p3 = 0;
        int newest = from + TAPS - 1;
        for (int k = 0; k < TAPS; k++) {
            double x = w[newest - k];
            p0 += P0[k] * x;
            p1 += P1[k] * x;
            p2 += P1[TAPS - 1 - k] * x;
            p3 += P0[TAPS - 1 - k] * x;
        }
        return Math.max(Math.max(Math.abs(p0), Math.abs(p1)), Math.max(Math.abs(p2), Math.abs(p3)));
    }
}
