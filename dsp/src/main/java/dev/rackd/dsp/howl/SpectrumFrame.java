package dev.rackd.dsp.howl;

import dev.rackd.dsp.NonNegative;
import org.jtransforms.fft.DoubleFFT_1D;
import pl.edu.icm.jlargearrays.ConcurrencyUtils;

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
    /**
     * JTransforms packed real spectrum: [re0, re(n/2), re1, im1, re2, im2, ...]. The two buffers swap roles every
     * frame instead of the spectrum being copied.
     */
    private double[] spectrum;
    private double[] previous;
    final double[] power;
    private final long[] neighbourhood;
    /** {@link #localFloor}'s offsets from the peak, eight per reach. */
    private final int[] offsets;
    /**
     * Frames analysed so far; per bin the frame of the last peak estimate and its bits, side by side so that a look-up
     * touches one line of memory.
     */
    private long frames;
    private final long[] estimates;
    private final PowerShare powerShare;
    /**
     * The power spectra of the last {@code pastFrames} frames (a power of two), a row each, in float: a howl's bin
     * before it stood out, looked up when its track begins ({@link #pastPeakLevelDb}).
     */
    private final float[] past;
    private final int pastFrames;
    /** The first frame after the last {@link #clear}: nothing before it is looked up. */
    private long firstKept = 1;
    /** Log powers around the bin of the last level or frequency estimate, which asks for the same three. */
    private int logsAt = -1;
    private long logsIn = -1;
    private double logLeft;
    private double logCentre;
    private double logRight;
    /** 2 ln(window sum / 2): a full-scale sine's log power. */
    private final double fullScale;
    private static final double DB_PER_NEPER = 10.0 / Math.log(10);
    private final double radiansPerBinHop;

    static {
        // from 8192 points on (192 kHz here) JTransforms hands the transform to its thread pool and waits for it: the
        // audio thread would block. One thread keeps it on the caller at every size.
        ConcurrencyUtils.setNumberOfThreads(1);
    }

    /** A frame of {@code size} samples every {@code hop}, keeping the spectra of at least the last {@code keep}. */
    SpectrumFrame(double sampleRateHz, int size, int hop, int keep) {
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
        fullScale = 2 * Math.log(sum / 2);
        radiansPerBinHop = 2 * Math.PI * hop;
        spectrum = new double[size];
        previous = new double[size];
        power = new double[size / 2 + 1];
        powerShare = new PowerShare(power);
        neighbourhood = new long[Selection.COUNT];
        offsets = offsets(size / 2);
        estimates = new long[2 * (size / 2 + 1)];
        pastFrames = Integer.highestOneBit(Math.max(1, keep)) << 1;
        past = new float[pastFrames * (size / 2 + 1)];
        java.util.Arrays.fill(estimates, -1);
    }

    /** Forgets the last spectrum, so that the next frame's phase is not compared with one from before a gap. */
    void clear() {
        java.util.Arrays.fill(spectrum, 0.0);
        firstKept = frames + 1;
    }

    /** Transforms the ring {@code history} (oldest sample at {@code oldest}) into this frame. */
    void analyse(double[] history, int oldest) {
        frames++;
        double[] older = previous;
        previous = spectrum;
        spectrum = older;
        int first = size - oldest;
        for (int i = 0; i < first; i++) {
            spectrum[i] = history[oldest + i] * window[i];
        }
        for (int i = first; i < size; i++) {
            spectrum[i] = history[i - first] * window[i];
        }
        fft.realForward(spectrum);
        powerShare.clear();
        int row = (int) (frames & (pastFrames - 1)) * (size / 2 + 1);
        power[0] = spectrum[0] * spectrum[0];
        power[size / 2] = spectrum[1] * spectrum[1];
        past[row] = (float) power[0];
        past[row + size / 2] = (float) power[size / 2];
        // no running sum here: its dependence from bin to bin would hold up the loop (see PowerShare)
        for (int k = 1; k < size / 2; k++) {
            double re = spectrum[2 * k];
            double im = spectrum[2 * k + 1];
            double v = re * re + im * im;
            power[k] = v;
            past[row + k] = (float) v;
        }
    }

    /**
     * The level (dB, as {@link #peakLevelDb}) of the local maximum within a bin of {@code k} in the frame {@code back}
     * frames before this one; NaN if there was none at {@code minDb} or above, or that frame is no longer kept or
     * came before a gap.
     */
    double pastPeakLevelDb(int back, int k, double minDb) {
        long f = frames - back;
        if (back < 1 || back >= pastFrames || f < firstKept || k < 2 || k > size / 2 - 2) {
            return Double.NaN;
        }
        int row = (int) (f & (pastFrames - 1)) * (size / 2 + 1);
        int top = -1;
        for (int j = k - 1; j <= k + 1; j++) {
            float v = past[row + j];
            if (v > past[row + j - 1] && v >= past[row + j + 1] && (top < 0 || v > past[row + top])) {
                top = j;
            }
        }
        if (top < 0) {
            return Double.NaN;
        }
        double db = levelDb(Math.log(past[row + top - 1] + 1e-300), Math.log(past[row + top] + 1e-300),
                Math.log(past[row + top + 1] + 1e-300));
        return db >= minDb ? db : Double.NaN;
    }

    /**
     * Median power within a sixth of an octave either side of bin {@code k} (at least ten bins), the peak's own main
     * lobe left out: the floor a peak must stand out of, whatever the tilt of the spectrum and however many partials
     * of the music sit nearby. Taken over eight bins a side spread evenly from three bins out to the edge:
     * neighbouring bins under a Hann window are correlated anyway, and this median is taken for every candidate peak,
     * dozens a frame in busy programme.
     */
    double localFloor(int k) {
        gatherNeighbourhood(k);
        return Selection.lowerMedianOf16(neighbourhood);
    }

    /**
     * {@link #localFloor} for a peak of power {@code v} that must stand {@code ratio} above it, or +infinity where it
     * cannot: half the peaks that get this far are turned away here, and a count tells which without the median. As
     * {@code ratio * x} grows with x, {@code v < ratio * median} holds exactly when it holds for nine or more of the
     * sixteen bins (those at or above the median in the order of their bit patterns; a NaN that orders above them all
     * only ever lowers the count). Exact wherever it decides; otherwise the median is taken as ever.
     */
    double localFloor(int k, double v, double ratio) {
        gatherNeighbourhood(k);
        int above = 0;
        for (int i = 0; i < Selection.COUNT; i++) {
            above += v < ratio * Double.longBitsToDouble(neighbourhood[i]) ? 1 : 0;
        }
        return above > Selection.COUNT / 2 ? Double.POSITIVE_INFINITY : Selection.lowerMedianOf16(neighbourhood);
    }

    private void gatherNeighbourhood(int k) {
        int from = reach(k) * SIDE;
        int last = size / 2 - 1;
        for (int i = 0; i < SIDE; i++) {
            int offset = offsets[from + i];
            neighbourhood[i] = Double.doubleToRawLongBits(power[Math.max(1, k - offset)]);
            neighbourhood[SIDE + i] = Double.doubleToRawLongBits(power[Math.min(last, k + offset)]);
        }
    }

    private static int reach(int k) {
        return Math.max(MIN_REACH, (int) (k * SIXTH_OCTAVE + 0.5));
    }

    /** The offsets {@link #localFloor} takes for each reach, worked out once (eight roundings a peak otherwise). */
    private static int[] offsets(int maxBin) {
        int maxReach = reach(maxBin);
        int[] offsets = new int[(maxReach + 1) * SIDE];
        for (int reach = MIN_REACH; reach <= maxReach; reach++) {
            double spacing = (reach - LOBE) / (double) (SIDE - 1);
            for (int i = 0; i < SIDE; i++) {
                offsets[reach * SIDE + i] = LOBE + (int) (i * spacing + 0.5);
            }
        }
        return offsets;
    }

    /** Whether the main lobe of the peak at {@code k} (its bin and two either side) holds less than that share. */
    boolean holdsLessThan(int k, double share) {
        double lobe = 0;
        for (int j = Math.max(0, k - 2); j <= Math.min(size / 2, k + 2); j++) {
            lobe += power[j];
        }
        return powerShare.below(lobe, share);
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
        if (estimates[2 * k] == frames) {
            return Double.longBitsToDouble(estimates[2 * k + 1]);
        }
        double estimate = estimatePeakBin(k);
        estimates[2 * k] = frames;
        estimates[2 * k + 1] = Double.doubleToRawLongBits(estimate);
        return estimate;
    }

    private double estimatePeakBin(int k) {
        logs(k);
        double left = logLeft;
        double centre = logCentre;
        double right = logRight;
        double curvature = left - 2 * centre + right;
        double parabolic = curvature < 0 ? k + 0.5 * (left - right) / curvature : k;
        double re = spectrum[2 * k];
        double im = spectrum[2 * k + 1];
        double pre = previous[2 * k];
        double pim = previous[2 * k + 1];
        double advance = Phase.atan2(im * pre - re * pim, re * pre + im * pim);
        double expected = 2 * Math.PI * k * hop / size;
        double deviation = principal(advance - expected);
        double vocoder = k + deviation * size / radiansPerBinHop;
        return Math.abs(vocoder - parabolic) < 0.6 ? vocoder : parabolic;
    }

    /** Peak level in dB (power of the interpolated top of the parabola, relative to a full-scale sine = 0 dB). */
    double peakLevelDb(int k) {
        logs(k);
        return levelDb(logLeft, logCentre, logRight);
    }

    /** The top of the parabola through three log powers, in dB relative to a full-scale sine. */
    private double levelDb(double left, double centre, double right) {
        double curvature = left - 2 * centre + right;
        double top = curvature < 0 ? centre - 0.125 * (left - right) * (left - right) / curvature : centre;
        return DB_PER_NEPER * (top - fullScale);
    }

    /** The log powers of bins k-1, k and k+1, worked out once for the level and frequency of a peak. */
    private void logs(int k) {
        if (logsAt == k && logsIn == frames) {
            return;
        }
        logLeft = Math.log(power[k - 1] + 1e-300);
        logCentre = Math.log(power[k] + 1e-300);
        logRight = Math.log(power[k + 1] + 1e-300);
        logsAt = k;
        logsIn = frames;
    }

    private static double principal(double phase) {
        return phase - 2 * Math.PI * Math.floor((phase + Math.PI) / (2 * Math.PI));
    }
}
