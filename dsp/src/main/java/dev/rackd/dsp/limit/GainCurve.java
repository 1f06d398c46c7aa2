package dev.rackd.dsp.limit;

import java.util.Arrays;

/**
 * The gain applied to each sample, from the gain each sample needs: a sliding minimum over {@code window} samples, a
 * release that may only rise slowly and never above that minimum, and two moving averages, of {@code (window + 1) / 2}
 * values and of the rest of {@code window + 1}, which together span {@code window} samples. The gain that comes out
 * with a push applies to the sample pushed {@code window - 1} pushes earlier, and every value averaged into it is the
 * minimum of a window containing that sample: so it is never above the gain that sample needs. Allocation-free.
 *
 * <p>The three stages run in one loop, with all their state in local variables: they are a chain of dependences from
 * one sample to the next, and what bounds the loop is that chain and the instruction count, which fields (read and
 * written back every sample) and separate loops per stage both make worse. The release is one fused multiply-add on
 * that chain ({@code keep * envelope + release * floor}, the second product off it), then the smaller of it and the
 * floor: the same as stepping towards the floor when it is higher and dropping to it when it is lower, since a step
 * never passes the floor. The averages multiply by the reciprocal of their length: rounding may put a mean an ulp
 * above its largest value, far inside the limiter's margin under the threshold.
 *
 * <p>The minimum is van Herk / Gil-Werman: values arrive in blocks of {@code window}; the minimum of a window is the
 * minimum of a suffix of the previous block and a prefix of the current one, and the suffix minima of a block are
 * worked out once, when it is complete. No branch on the values (a monotonic deque pops a data-dependent number of
 * them, and mispredicts). The values are positive, so their bit patterns order as they do, and the minima are taken on
 * those: a compare and a conditional move, where a minimum of two doubles must also mind NaN and the sign of zero.
 *
 * <p>Each average keeps a running sum, rebuilt from its ring once per lap so that rounding cannot creep: the guarantee
 * rests on a mean never exceeding the largest value it averages.
 */
final class GainCurve {
    private static final long INFINITY = Double.doubleToRawLongBits(Double.POSITIVE_INFINITY);

    private final double release;
    /** 1 - release: the share of the envelope a release step keeps. */
    private final double keep;
    /** 1 / length of each average: a multiply, where a divide would hold up every sample (three a sample). */
    private final double firstScale;
    private final double secondScale;
    private final int window;
    /** Suffix minima of the last complete block, and +infinity one past its end (no part of it left in the window). */
    private final long[] suffix;
    private final long[] block;
    private int at;
    private long prefix;
    private double envelope;
    private final double[] first;
    private final double[] second;
    private int firstIndex;
    private int secondIndex;
    private double firstSum;
    private double secondSum;

    /** @param releaseCoefficient fraction of the way to the minimum the release goes each sample */
    GainCurve(int window, double releaseCoefficient) {
        this.window = window;
        release = releaseCoefficient;
        keep = 1.0 - releaseCoefficient;
        suffix = new long[window + 1];
        block = new long[window];
        int firstLength = (window + 1) / 2;
        first = new double[firstLength];
        second = new double[window + 1 - firstLength];
        firstScale = 1.0 / first.length;
        secondScale = 1.0 / second.length;
        clear();
    }

    /**
     * For each of {@code n} peaks from {@code peaks[from]}, pushes the gain that brings it down to {@code limit} (1 if
     * it is not above), and sets {@code gains[i]} to the gain for the sample pushed {@code window - 1} pushes before
     * the i-th.
     */
    void next(double[] peaks, int from, double limit, double[] gains, int n) {
        long[] suffix = this.suffix;
        long[] block = this.block;
        double[] first = this.first;
        double[] second = this.second;
        int window = this.window;
        int firstLength = first.length;
        int secondLength = second.length;
        double release = this.release;
        double keep = this.keep;
        double firstScale = this.firstScale;
        double secondScale = this.secondScale;
        int at = this.at;
        long prefix = this.prefix;
        double envelope = this.envelope;
        int firstIndex = this.firstIndex;
        int secondIndex = this.secondIndex;
        double firstSum = this.firstSum;
        double secondSum = this.secondSum;
        for (int i = 0; i < n; i++) {
            double peak = peaks[from + i];
            long needed = Double.doubleToRawLongBits(peak > limit ? limit / peak : 1.0);

            block[at] = needed;
            prefix = Math.min(prefix, needed);
            double floor = Double.longBitsToDouble(Math.min(suffix[at + 1], prefix));
            if (++at == window) {
                long m = INFINITY;
                for (int k = window - 1; k >= 0; k--) {
                    m = Math.min(m, block[k]);
                    suffix[k] = m;
                }
                at = 0;
                prefix = INFINITY;
            }

            // a step of the release, or the floor where that would overshoot it (the floor is lower: an attack)
            double released = Math.fma(keep, envelope, release * floor);
            envelope = floor < released ? floor : released;

            firstSum += envelope - first[firstIndex];
            first[firstIndex] = envelope;
            if (++firstIndex == firstLength) {
                firstIndex = 0;
                firstSum = sum(first);
            }
            double mean = firstSum * firstScale;
            secondSum += mean - second[secondIndex];
            second[secondIndex] = mean;
            if (++secondIndex == secondLength) {
                secondIndex = 0;
                secondSum = sum(second);
            }
            gains[i] = secondSum * secondScale;
        }
        this.at = at;
        this.prefix = prefix;
        this.envelope = envelope;
        this.firstIndex = firstIndex;
        this.secondIndex = secondIndex;
        this.firstSum = firstSum;
        this.secondSum = secondSum;
    }

    /** Multiplies every gain held by {@code factor} (positive): all the gains still to come scale with them. */
    void scale(double factor) {
        for (int i = 0; i < window; i++) {
            suffix[i] = scaled(suffix[i], factor);
        }
        for (int i = 0; i < at; i++) {
            block[i] = scaled(block[i], factor);
        }
        prefix = scaled(prefix, factor);
        envelope *= factor;
        for (int i = 0; i < first.length; i++) {
            first[i] *= factor;
        }
        firstSum *= factor;
        for (int i = 0; i < second.length; i++) {
            second[i] *= factor;
        }
        secondSum *= factor;
    }

    /** Back to unity, with nothing pushed: the next minimum is of what is pushed from now on. */
    void clear() {
        Arrays.fill(suffix, INFINITY);
        at = 0;
        prefix = INFINITY;
        envelope = 1.0;
        Arrays.fill(first, 1.0);
        Arrays.fill(second, 1.0);
        firstSum = first.length;
        secondSum = second.length;
        firstIndex = 0;
        secondIndex = 0;
    }

    /** In ring order, which at the end of a lap is the order the values came in. */
    private static double sum(double[] ring) {
        double exact = 0;
        for (double v : ring) {
            exact += v;
        }
        return exact;
    }

    private static long scaled(long bits, double factor) {
        return Double.doubleToRawLongBits(Double.longBitsToDouble(bits) * factor);
    }
}
