package dev.rackd.rig.acoustic;

import org.jtransforms.fft.DoubleFFT_1D;

/**
 * The open-loop frequency response of the simulated system and what follows from it.
 *
 * <p>The loop is: microphone, chain (its latency D and its notch bank N), forward gain K, room F, microphone. With the
 * gain flat over frequency the closed loop becomes unstable, by the Nyquist criterion, at the first K for which
 * {@code K F(w) N(w) e^(-jwD)} reaches 1 at a frequency where its phase is a multiple of 2 pi. So the maximum stable
 * gain is {@code MSG = -20 log10 max over {w : angle(F N e^(-jwD)) = 0 mod 2 pi} of |F N|} (van Waterschoot and
 * Moonen 2011). The response is sampled finely (at least 2^17 points, a quarter of the response's length per bin or
 * finer), the phase crossings found between bins where the imaginary part changes sign with a positive real part,
 * and the real part interpolated there.
 */
final class LoopAnalysis {
    private static final double LOW_HZ = 20;
    private static final double HIGH_HZ = 20000;

    private final int bins;
    private final double binHz;
    private final double[] loopRe;
    private final double[] loopIm;
    private final double[] cos1;
    private final double[] sin1;
    private final double[] cos2;
    private final double[] sin2;
    private final double[] notchRe;
    private final double[] notchIm;
    private double criticalHz;
    /** Every phase crossing the last {@link #msgDb} found: frequency and the loop's real part there (gain 1). */
    private double[] crossingHz = new double[64];
    private double[] crossingRe = new double[64];
    private int crossings;

    LoopAnalysis(double[] response, int latencySamples, double rate) {
        int size = Math.max(1 << 17, Integer.highestOneBit(response.length) << 3);
        bins = size / 2;
        binHz = rate / size;
        double[] spectrum = new double[size];
        System.arraycopy(response, 0, spectrum, 0, response.length);
        new DoubleFFT_1D(size).realForward(spectrum);
        loopRe = new double[bins];
        loopIm = new double[bins];
        cos1 = new double[bins];
        sin1 = new double[bins];
        cos2 = new double[bins];
        sin2 = new double[bins];
        notchRe = new double[bins];
        notchIm = new double[bins];
        for (int k = 1; k < bins; k++) {
            double w = 2 * Math.PI * k / size;
            double re = spectrum[2 * k];
            double im = spectrum[2 * k + 1];
            double dc = Math.cos(w * latencySamples);
            double ds = -Math.sin(w * latencySamples);
            loopRe[k] = re * dc - im * ds;
            loopIm[k] = re * ds + im * dc;
            cos1[k] = Math.cos(w);
            sin1[k] = -Math.sin(w);
            cos2[k] = Math.cos(2 * w);
            sin2[k] = -Math.sin(2 * w);
        }
    }

    /** Maximum stable gain in dB with the given notch stages (five coefficients each) in the loop. */
    double msgDb(double[] notches, int stages) {
        notchResponse(notches, stages);
        double worst = 0;
        int from = (int) Math.ceil(LOW_HZ / binHz);
        int to = Math.min(bins - 1, (int) (HIGH_HZ / binHz));
        double prevRe = 0;
        double prevIm = 0;
        crossings = 0;
        for (int k = from; k <= to; k++) {
            double re = loopRe[k] * notchRe[k] - loopIm[k] * notchIm[k];
            double im = loopRe[k] * notchIm[k] + loopIm[k] * notchRe[k];
            if (k > from && (prevIm <= 0) != (im <= 0)) {
                double t = prevIm / (prevIm - im);
                double crossing = prevRe + t * (re - prevRe);
                if (crossing > 0) {
                    record((k - 1 + t) * binHz, crossing);
                }
                if (crossing > worst) {
                    worst = crossing;
                    criticalHz = (k - 1 + t) * binHz;
                }
            }
            prevRe = re;
            prevIm = im;
        }
        return -20 * Math.log10(worst);
    }

    private void record(double hz, double re) {
        if (crossings == crossingHz.length) {
            crossingHz = java.util.Arrays.copyOf(crossingHz, 2 * crossings);
            crossingRe = java.util.Arrays.copyOf(crossingRe, 2 * crossings);
        }
        crossingHz[crossings] = hz;
        crossingRe[crossings] = re;
        crossings++;
    }

    /**
     * The frequencies at which the loop, as the last {@link #msgDb} found it, is unstable at a forward gain of
     * {@code gain} (linear): the phase crossings where the loop's gain reaches 1. Empty when it is stable.
     */
    double[] unstableHz(double gain) {
        int n = 0;
        for (int i = 0; i < crossings; i++) {
            n += crossingRe[i] * gain >= 1 ? 1 : 0;
        }
        double[] hz = new double[n];
        for (int i = 0, j = 0; i < crossings; i++) {
            if (crossingRe[i] * gain >= 1) {
                hz[j++] = crossingHz[i];
            }
        }
        return hz;
    }

    /** Frequency at which the last {@link #msgDb} found the loop closest to instability. */
    double criticalHz() {
        return criticalHz;
    }

    /**
     * Log-spectral distortion of the notch bank alone, weighted equally per ERB (1/ERB(f) per Hz) from 80 Hz to
     * 16 kHz: {@code sqrt(sum w (20 log10 |N|)^2 / sum w)}.
     */
    double notchDistortionDb(double[] notches, int stages) {
        notchResponse(notches, stages);
        double sum = 0;
        double weights = 0;
        for (int k = (int) Math.ceil(80 / binHz); k <= (int) (16000 / binHz); k++) {
            double w = 1.0 / Erb.widthHz(k * binHz);
            double db = 10 * Math.log10(notchRe[k] * notchRe[k] + notchIm[k] * notchIm[k]);
            sum += w * db * db;
            weights += w;
        }
        return Math.sqrt(sum / weights);
    }

    private void notchResponse(double[] c, int stages) {
        java.util.Arrays.fill(notchRe, 1.0);
        java.util.Arrays.fill(notchIm, 0.0);
        for (int s = 0; s < stages; s++) {
            int o = 5 * s;
            for (int k = 1; k < bins; k++) {
                double nr = c[o] + c[o + 1] * cos1[k] + c[o + 2] * cos2[k];
                double ni = c[o + 1] * sin1[k] + c[o + 2] * sin2[k];
                double dr = 1 + c[o + 3] * cos1[k] + c[o + 4] * cos2[k];
                double di = c[o + 3] * sin1[k] + c[o + 4] * sin2[k];
                double d = dr * dr + di * di;
                double hr = (nr * dr + ni * di) / d;
                double hi = (ni * dr - nr * di) / d;
                double re = notchRe[k] * hr - notchIm[k] * hi;
                notchIm[k] = notchRe[k] * hi + notchIm[k] * hr;
                notchRe[k] = re;
            }
        }
    }
}
