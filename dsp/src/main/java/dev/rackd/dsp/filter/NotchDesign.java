package dev.rackd.dsp.filter;

/**
 * Coefficients of one notch: the peaking-EQ biquad of R. Bristow-Johnson's "Audio EQ Cookbook" with a cut.
 *
 * <p>Width is the cookbook's bandwidth in octaves between the two frequencies where the cut is half the depth in dB,
 * with the cookbook's prewarp so that the digital width matches the analogue one. A peaking cut keeps the response
 * at 0 dB away from the notch and its phase smooth, which a plain notch (infinitely deep) does not allow: live notches
 * must be placed shallow and deepened in steps.
 *
 * <p>Coefficients are written normalised ({@code a0 = 1}) into five slots: b0, b1, b2, a1, a2.
 */
public final class NotchDesign {
    public static final int B0 = 0;
    public static final int B1 = 1;
    public static final int B2 = 2;
    public static final int A1 = 3;
    public static final int A2 = 4;
    public static final int COEFFICIENTS = 5;

    /** Narrowest and widest notch the bank places, in octaves. */
    public static final double MIN_WIDTH_OCT = 1.0 / 80.0;
    public static final double MAX_WIDTH_OCT = 1.0 / 5.0;

    private NotchDesign() {
    }

    /**
     * Writes the coefficients of a cut of {@code depthDb} (zero or negative) at {@code hz} into {@code out}.
     * A depth of 0 dB gives a filter whose numerator equals its denominator: the identity.
     */
    public static void design(double sampleRateHz, double hz, double depthDb, double widthOct, double[] out) {
        double w0 = 2.0 * Math.PI * hz / sampleRateHz;
        double a = Math.pow(10.0, depthDb / 40.0);
        double sin = Math.sin(w0);
        double cos = Math.cos(w0);
        double alpha = sin * Math.sinh(Math.log(2.0) / 2.0 * widthOct * w0 / sin);
        double a0 = 1.0 + alpha / a;
        out[B0] = (1.0 + alpha * a) / a0;
        out[B1] = -2.0 * cos / a0;
        out[B2] = (1.0 - alpha * a) / a0;
        out[A1] = -2.0 * cos / a0;
        out[A2] = (1.0 - alpha / a) / a0;
    }

    /** Highest frequency a notch may sit at: the cookbook prewarp holds well below Nyquist. */
    public static double maxFrequencyHz(double sampleRateHz) {
        return 0.45 * sampleRateHz;
    }

    /**
     * Multiplies the complex value {@code acc = (re, im)} by the response of the biquad {@code c} at {@code hz}.
     * Used off the audio path: tests, the acoustic bench's open-loop response.
     */
    public static void multiplyResponse(double[] c, int offset, double sampleRateHz, double hz, double[] acc) {
        double w = 2.0 * Math.PI * hz / sampleRateHz;
        double c1 = Math.cos(w);
        double s1 = -Math.sin(w);
        double c2 = Math.cos(2 * w);
        double s2 = -Math.sin(2 * w);
        double numRe = c[offset + B0] + c[offset + B1] * c1 + c[offset + B2] * c2;
        double numIm = c[offset + B1] * s1 + c[offset + B2] * s2;
        double denRe = 1.0 + c[offset + A1] * c1 + c[offset + A2] * c2;
        double denIm = c[offset + A1] * s1 + c[offset + A2] * s2;
        double den = denRe * denRe + denIm * denIm;
        double hRe = (numRe * denRe + numIm * denIm) / den;
        double hIm = (numIm * denRe - numRe * denIm) / den;
        double re = acc[0] * hRe - acc[1] * hIm;
        double im = acc[0] * hIm + acc[1] * hRe;
        acc[0] = re;
        acc[1] = im;
    }

    /** Magnitude in dB of one biquad at {@code hz}. */
    public static double magnitudeDb(double[] c, double sampleRateHz, double hz) {
        double[] acc = {1.0, 0.0};
        multiplyResponse(c, 0, sampleRateHz, hz, acc);
        return 10.0 * Math.log10(acc[0] * acc[0] + acc[1] * acc[1]);
    }
}
