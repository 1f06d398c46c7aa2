package dev.rackd.dsp.howl;

import dev.rackd.dsp.NonNegative;
import org.jtransforms.fft.DoubleFFT_1D;

/**
 * One analysis frame: the last {@code size} input samples under a Hann window, their spectrum, and the spectrum of
 * the frame before (one hop earlier) for the phase-vocoder frequency estimate. All arrays are allocated once.
 */
final class SpectrumFrame {
    private static final double SIXTH_OCTAVE = Math.pow(2, 1 / 6.0) - 1;
    /** The floor leaves out the peak's main lobe: bins closer than this. */
    private static final int LOBE = 3;
    private static final int SIDE = Selection.COUNT / 2;
    private static final int MIN_REACH = LOBE + SIDE - 1;
    final int size;
    final int hop;
    final double binHz;
    private final DoubleFFT_1D fft;
    private final double[] window;
    /** JTransforms packed real spectrum: [re0, re(n/2), re1, im1, re2, im2, ...]. */
    private final double[] spectrum;
    private final double[] previous;
    final double[] power;
    private final long[] neighbourhood;
    private double total;
    /** Frames analysed so far, and per bin the frame whose peak estimate {@link #estimate} holds. */
    private long frames;
    private final long[] estimatedIn;
    private final double[] estimate;
    private final double windowSum;

    SpectrumFrame(double sampleRateHz, int size, int hop) {
        this.size = size;
        this.hop = hop;
        this.binHz = sampleRateHz / size;
        fft = new DoubleFFT_1D(size);
        window = new double[size];
        double sum = 0;
        for (int i = 0; i < size; i++) {
            window[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / size);
            sum += window[i];
        }
        windowSum = sum;
        spectrum = new double[size];
        previous = new double[size];
        power = new double[size / 2 + 1];
        neighbourhood = new long[Selection.COUNT];
        estimatedIn = new long[size / 2 + 1];
        java.util.Arrays.fill(estimatedIn, -1);
        estimate = new double[size / 2 + 1];
    }

    /** Forgets the last spectrum, so that the next frame's phase is not compared with one from before a gap. */
    void clear() {
        java.util.Arrays.fill(spectrum, 0.0);
    }

    /** Transforms the ring {@code history} (oldest sample at {@code oldest}) into this frame. */
    void analyse(double[] history, int oldest) {
        frames++;
        System.arraycopy(spectrum, 0, previous, 0, size);
        int first = size - oldest;
        for (int i = 0; i < first; i++) {
            spectrum[i] = history[oldest + i] * window[i];
        }
        for (int i = first; i < size; i++) {
            spectrum[i] = history[i - first] * window[i];
        }
        fft.realForward(spectrum);
        power[0] = spectrum[0] * spectrum[0];
        power[size / 2] = spectrum[1] * spectrum[1];
        double sum = power[0] + power[size / 2];
        for (int k = 1; k < size / 2; k++) {
            double re = spectrum[2 * k];
            double im = spectrum[2 * k + 1];
            power[k] = re * re + im * im;
            sum += power[k];
        }
        total = sum;
    }

    /**
     * Median power within a sixth of an octave either side of bin {@code k} (at least ten bins), the peak's own main
     * lobe left out: the floor a peak must stand out of, whatever the tilt of the spectrum and however many partials
     * of the music sit nearby. Taken over eight bins a side spread evenly from three bins out to the edge:
     * neighbouring bins under a Hann window are correlated anyway, and this median is taken for every candidate peak,
     * dozens a frame in busy programme.
     */
    double localFloor(int k) {
        int reach = Math.max(MIN_REACH, (int) (k * SIXTH_OCTAVE + 0.5));
        double spacing = (reach - LOBE) / (double) (SIDE - 1);
        int last = size / 2 - 1;
        for (int i = 0; i < SIDE; i++) {
            int offset = LOBE + (int) (i * spacing + 0.5);
            neighbourhood[i] = Double.doubleToRawLongBits(power[Math.max(1, k - offset)]);
            neighbourhood[SIDE + i] = Double.doubleToRawLongBits(power[Math.min(last, k + offset)]);
        }
        return Selection.lowerMedianOf16(neighbourhood);
    }

    /** Share of the frame's power in the main lobe of the peak at {@code k} (its bin and two either side). */
    double shareOfFrame(int k) {
        double lobe = 0;
        for (int j = Math.max(0, k - 2); j <= Math.min(size / 2, k + 2); j++) {
            lobe += power[j];
        }
        return total <= 0 ? 0.0 : lobe / total;
    }

    /** Largest power within one bin of {@code bin}, or 0 outside the spectrum. */
    double powerNear(int bin) {
        if (bin < 1 || bin >= size / 2 - 1) {
            return 0.0;
        }
        return NonNegative.max(power[bin], NonNegative.max(power[bin - 1], power[bin + 1]));
    }

    /**
     * Peak frequency in bins near the local maximum {@code k}: the phase advance of bin k over one hop (phase
     * vocoder), exact for a steady or exponentially growing tone, checked against a parabola through the log power
     * of the three bins (Gaussian interpolation) and replaced by it if they disagree.
     */
    double peakBin(int k) {
        // the partners of one peak are the partners of others (a chord's partials are each other's): work each out
        // once a frame
        if (estimatedIn[k] == frames) {
            return estimate[k];
        }
        estimatedIn[k] = frames;
        estimate[k] = estimatePeakBin(k);
        return estimate[k];
    }

    private double estimatePeakBin(int k) {
        double left = Math.log(power[k - 1] + 1e-300);
        double centre = Math.log(power[k] + 1e-300);
        double right = Math.log(power[k + 1] + 1e-300);
        double curvature = left - 2 * centre + right;
        double parabolic = curvature < 0 ? k + 0.5 * (left - right) / curvature : k;
        double re = spectrum[2 * k];
        double im = spectrum[2 * k + 1];
        double pre = previous[2 * k];
        double pim = previous[2 * k + 1];
        double advance = Phase.atan2(im * pre - re * pim, re * pre + im * pim);
        double expected = 2 * Math.PI * k * hop / size;
        double deviation = principal(advance - expected);
        double vocoder = k + deviation * size / (2 * Math.PI * hop);
        return Math.abs(vocoder - parabolic) < 0.6 ? vocoder : parabolic;
    }

    /** Peak level in dB (power of the interpolated top of the parabola, relative to a full-scale sine = 0 dB). */
    double peakLevelDb(int k) {
        double left = Math.log(power[k - 1] + 1e-300);
        double centre = Math.log(power[k] + 1e-300);
        double right = Math.log(power[k + 1] + 1e-300);
        double curvature = left - 2 * centre + right;
        double top = curvature < 0 ? centre - 0.125 * (left - right) * (left - right) / curvature : centre;
        double fullScale = 2 * Math.log(windowSum / 2);
        return 10.0 / Math.log(10) * (top - fullScale);
    }

    private static double principal(double phase) {
        return phase - 2 * Math.PI * Math.floor((phase + Math.PI) / (2 * Math.PI));
    }
}
