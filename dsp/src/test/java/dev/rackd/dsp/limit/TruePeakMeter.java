package dev.rackd.dsp.limit;

/**
 * Measures the true peak of a stream as BS.1770-4 Annex 2 does (4x oversampling with its interpolator), also counting
 * the samples themselves, as a meter on the output would: the tests' own reading of what the limiter lets through,
 * independent of the limiter's bookkeeping.
 */
final class TruePeakMeter {
    private final double[] window = new double[2 * TruePeakInterpolator.TAPS];
    private int index;
    private double peak;

    public void accept(double x) {
        window[index] = x;
        window[index + TruePeakInterpolator.TAPS] = x;
        index = index + 1 == TruePeakInterpolator.TAPS ? 0 : index + 1;
        peak = Math.max(peak, Math.max(Math.abs(x), TruePeakInterpolator.peakOfWindow(window, index)));
    }

    public void accept(float[] samples, int offset, int frames) {
        for (int i = offset; i < offset + frames; i++) {
            accept(samples[i]);
        }
    }

    /** Largest magnitude seen since the last reset, linear. */
    public double peak() {
        return peak;
    }

    public double peakDb() {
        return 20.0 * Math.log10(peak);
    }

    public void reset() {
        peak = 0.0;
    }

    /** True peak of a whole signal, in dBTP, followed by twelve zeros so that its end is measured too. */
    public static double measureDb(float[] signal) {
        TruePeakMeter meter = new TruePeakMeter();
        meter.accept(signal, 0, signal.length);
        for (int i = 0; i < TruePeakInterpolator.TAPS; i++) {
            meter.accept(0.0);
        }
        return meter.peakDb();
    }
}
