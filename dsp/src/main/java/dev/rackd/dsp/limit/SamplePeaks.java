package dev.rackd.dsp.limit;

import dev.rackd.dsp.NonNegative;
import java.util.Arrays;

/**
 * For a stream taken a chunk at a time, the peak around each sample: the larger of its magnitude and the interpolated
 * points on either side of it ({@link TruePeakInterpolator}), for the sample {@value TruePeakInterpolator#DELAY}
 * before each new one. The same sums as {@link TruePeakInterpolator#peakOfWindow} in the same order, so the same
 * values, but the interpolation is worked out for the whole chunk at once, in plain counted loops that C2 vectorises.
 *
 * <p>The shape of those loops is what lets C2 (SuperWord, JDK 21 to 25) vectorise them, and it is particular: one pair
 * of taps per loop (a longer body is not unrolled, so not vectorised); every index the loop variable plus a constant,
 * in arrays that start with the window (an offset held in a variable defeats C2's test that a store cannot alias a
 * later load); and the two taps of a pair read from two copies of the signal (loads from one array a few samples
 * apart are merged once the loop is unrolled, which also stops it). Allocation-free.
 */
final class SamplePeaks {
    private static final int TAPS = TruePeakInterpolator.TAPS;
    private static final int DELAY = TruePeakInterpolator.DELAY;

    /** The last TAPS samples before the chunk, then the chunk; window j is {@code [j, j + TAPS)}. Twice over. */
    private final double[] near;
    private final double[] far;
    /** Per window: the symmetric and antisymmetric sums of phases 0 and 3, then of phases 1 and 2. */
    private final double[] even03;
    private final double[] odd03;
    private final double[] even12;
    private final double[] odd12;
    /** Interpolated peak of window j, which lies between samples j + DELAY - 1 and j + DELAY of {@link #near}. */
    private final double[] intervals;

    /** @param capacity most samples per chunk */
    SamplePeaks(int capacity) {
        near = new double[TAPS + capacity];
        far = new double[TAPS + capacity];
        even03 = new double[capacity + 1];
        odd03 = new double[capacity + 1];
        even12 = new double[capacity + 1];
        odd12 = new double[capacity + 1];
        intervals = new double[capacity + 1];
    }

    /**
     * Takes {@code n} samples (at most the capacity) of {@code src} from {@code at}, and sets {@code peaks[to + i]} to
     * the peak around the sample {@value TruePeakInterpolator#DELAY} before the i-th of them.
     */
    void next(double[] src, int at, int n, double[] peaks, int to) {
        System.arraycopy(src, at, near, TAPS, n);
        System.arraycopy(src, at, far, TAPS, n);
        // window 0 ends at the sample before the chunk: its interval is the one before the first sample's
        intervals(n + 1);
        double[] x = near;
        double[] interval = intervals;
        for (int i = 0; i < n; i++) {
            // the sample, and the intervals just before and after it (windows i and i + 1). Left scalar: a vector
            // Math.max costs five instructions for its care of NaN and -0, and measured no faster
            peaks[to + i] = NonNegative.max(Math.abs(x[i + DELAY]), NonNegative.max(interval[i], interval[i + 1]));
        }
        System.arraycopy(near, n, near, 0, TAPS);
        System.arraycopy(far, n, far, 0, TAPS);
    }

    /** Forgets the signal: as if only silence had come before. */
    void clear() {
        Arrays.fill(near, 0.0);
        Arrays.fill(far, 0.0);
    }

    /**
     * {@code intervals[j]} for the first {@code count} windows, pair of taps by pair of taps: tap k, and tap 11 - k,
     * of window j are {@code x[j + 11 - k]} and {@code x[j + k]}. Written out pair by pair for the reasons in the
     * class comment (one method taking k, called six times with constants, is not vectorised: the limiter then takes
     * 1.15 µs a block instead of 0.75); the sums are those of {@link TruePeakInterpolator#peakOfWindow}, in its order.
     */
    private void intervals(int count) {
        double[] x = near;
        double[] y = far;
        double[] e03 = even03;
        double[] o03 = odd03;
        double[] e12 = even12;
        double[] o12 = odd12;
        double[] c0 = TruePeakInterpolator.EVEN0;
        double[] d0 = TruePeakInterpolator.ODD0;
        double[] c1 = TruePeakInterpolator.EVEN1;
        double[] d1 = TruePeakInterpolator.ODD1;
        // coefficients in locals: read from their arrays inside the loop, they could alias the stores
        double a = c0[0];
        double b = d0[0];
        double c = c1[0];
        double d = d1[0];
        for (int j = 0; j < count; j++) {
            double sum = x[j + 11] + y[j];
            double difference = x[j + 11] - y[j];
            e03[j] = a * sum;
            o03[j] = b * difference;
            e12[j] = c * sum;
            o12[j] = d * difference;
        }
        a = c0[1];
        b = d0[1];
        c = c1[1];
        d = d1[1];
        for (int j = 0; j < count; j++) {
            double sum = x[j + 10] + y[j + 1];
            double difference = x[j + 10] - y[j + 1];
            e03[j] += a * sum;
            o03[j] += b * difference;
            e12[j] += c * sum;
            o12[j] += d * difference;
        }
        a = c0[2];
        b = d0[2];
        c = c1[2];
        d = d1[2];
        for (int j = 0; j < count; j++) {
            double sum = x[j + 9] + y[j + 2];
            double difference = x[j + 9] - y[j + 2];
            e03[j] += a * sum;
            o03[j] += b * difference;
            e12[j] += c * sum;
            o12[j] += d * difference;
        }
        a = c0[3];
        b = d0[3];
        c = c1[3];
        d = d1[3];
        for (int j = 0; j < count; j++) {
            double sum = x[j + 8] + y[j + 3];
            double difference = x[j + 8] - y[j + 3];
            e03[j] += a * sum;
            o03[j] += b * difference;
            e12[j] += c * sum;
            o12[j] += d * difference;
        }
        a = c0[4];
        b = d0[4];
        c = c1[4];
        d = d1[4];
        for (int j = 0; j < count; j++) {
            double sum = x[j + 7] + y[j + 4];
            double difference = x[j + 7] - y[j + 4];
            e03[j] += a * sum;
            o03[j] += b * difference;
            e12[j] += c * sum;
            o12[j] += d * difference;
        }
        a = c0[5];
        b = d0[5];
        c = c1[5];
        d = d1[5];
        for (int j = 0; j < count; j++) {
            double sum = x[j + 6] + y[j + 5];
            double difference = x[j + 6] - y[j + 5];
            e03[j] += a * sum;
            o03[j] += b * difference;
            e12[j] += c * sum;
            o12[j] += d * difference;
        }
        double[] interval = intervals;
        for (int j = 0; j < count; j++) {
            // both sides are at least +0, where Math.max agrees with NonNegative.max and, unlike it, vectorises
            interval[j] = Math.max(Math.abs(e03[j]) + Math.abs(o03[j]), Math.abs(e12[j]) + Math.abs(o12[j]));
        }
    }
}
