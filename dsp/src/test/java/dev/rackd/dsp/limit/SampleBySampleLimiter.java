package dev.rackd.dsp.limit;

import dev.rackd.dsp.NonNegative;
import java.util.Arrays;

/**
 * The limiter as it was written before it was split into passes over the block: one sample at a time, with rings,
 * a deque-free sliding minimum and two running means. Kept as the oracle that {@link TruePeakLimiter} must match bit
 * for bit ({@link TruePeakLimiterEquivalenceTest}); self-contained, so that work on the fast form cannot change it by
 * the way. Where the fast form's formulas were changed on purpose (the release as one fused multiply-add, a mean as
 * the sum times the reciprocal of the length), this follows them: the test is about the structure alone.
 */
final class SampleBySampleLimiter {
    private static final double MARGIN = 1.0 - 1e-6;

    private final int latency;
    private final double releaseCoefficient;
    private final Minimum minimum;
    private final Mean first;
    private final Mean second;
    private final double[] window = new double[2 * TruePeakInterpolator.TAPS];
    private int windowIndex;
    private final double[] delay;
    private final double[] peaks;
    private final int delayMask;
    private long written;
    private double previousInterval;
    private double envelope = 1.0;
    private double threshold;
    private double blockMinGain;
    private double blockTruePeak;

    SampleBySampleLimiter(double sampleRateHz, int lookaheadSamples, double releaseMs, double thresholdDbtp) {
        latency = lookaheadSamples;
        int span = lookaheadSamples - TruePeakInterpolator.DELAY + 1;
        int firstLength = (span + 1) / 2;
        minimum = new Minimum(span);
        first = new Mean(firstLength);
        second = new Mean(span + 1 - firstLength);
        int size = Integer.highestOneBit(lookaheadSamples) << 1;
        delay = new double[size];
        peaks = new double[size];
        delayMask = size - 1;
        releaseCoefficient = 1.0 - Math.exp(-1000.0 / (releaseMs * sampleRateHz));
        threshold = Math.pow(10.0, thresholdDbtp / 20.0);
    }

    void setThresholdDbtp(double dbtp) {
        double next = Math.pow(10.0, dbtp / 20.0);
        if (next < threshold) {
            double largest = Double.MIN_NORMAL;
            for (double p : peaks) {
                largest = Math.max(largest, p);
            }
            double factor = TruePeakLimiter.loweringFactor(threshold, next, largest);
            if (factor < 1.0) {
                minimum.scale(factor);
                first.scale(factor);
                second.scale(factor);
                envelope *= factor;
            }
        }
        threshold = next;
    }

    void process(double[] buf, int offset, int frames) {
        double minGain = 1.0;
        double truePeak = 0.0;
        int taps = TruePeakInterpolator.TAPS;
        double limit = threshold * MARGIN;
        for (int n = offset, end = offset + frames; n < end; n++) {
            double x = buf[n];
            window[windowIndex] = x;
            window[windowIndex + taps] = x;
            windowIndex = windowIndex + 1 == taps ? 0 : windowIndex + 1;
            double interval = TruePeakInterpolator.peakOfWindow(window, windowIndex);
            int slot = (int) (written - TruePeakInterpolator.DELAY) & delayMask;
            double peak = NonNegative.max(Math.abs(delay[slot]), NonNegative.max(previousInterval, interval));
            previousInterval = interval;
            peaks[slot] = peak;
            double needed = peak > limit ? limit / peak : 1.0;
            double floor = minimum.push(needed);
            double released = Math.fma(1.0 - releaseCoefficient, envelope, releaseCoefficient * floor);
            envelope = floor < released ? floor : released;
            double gain = second.push(first.push(envelope));
            int out = (int) (written - latency) & delayMask;
            double y = delay[out] * gain;
            double outPeak = peaks[out] * gain;
            if (outPeak > truePeak) {
                truePeak = outPeak;
            }
            if (gain < minGain) {
                minGain = gain;
            }
            delay[(int) written & delayMask] = x;
            written++;
            buf[n] = y;
        }
        blockMinGain = minGain;
        blockTruePeak = truePeak;
    }

    void clear() {
        Arrays.fill(window, 0.0);
        Arrays.fill(delay, 0.0);
        Arrays.fill(peaks, 0.0);
        previousInterval = 0.0;
        minimum.clear();
        first.fill(1.0);
        second.fill(1.0);
        envelope = 1.0;
    }

    double blockMinGain() {
        return blockMinGain;
    }

    double blockTruePeak() {
        return blockTruePeak;
    }

    /** Van Herk / Gil-Werman sliding minimum, on the bit patterns of the (positive) values. */
    private static final class Minimum {
        private static final long INFINITY = Double.doubleToRawLongBits(Double.POSITIVE_INFINITY);
        private final int window;
        private final long[] suffix;
        private final long[] block;
        private int at;
        private long prefix = INFINITY;

        Minimum(int window) {
            this.window = window;
            suffix = new long[window + 1];
            block = new long[window];
            clear();
        }

        double push(double value) {
            long bits = Double.doubleToRawLongBits(value);
            block[at] = bits;
            prefix = Math.min(prefix, bits);
            long result = Math.min(suffix[at + 1], prefix);
            if (++at == window) {
                long m = INFINITY;
                for (int i = window - 1; i >= 0; i--) {
                    m = Math.min(m, block[i]);
                    suffix[i] = m;
                }
                at = 0;
                prefix = INFINITY;
            }
            return Double.longBitsToDouble(result);
        }

        void clear() {
            Arrays.fill(suffix, INFINITY);
            at = 0;
            prefix = INFINITY;
        }

        void scale(double factor) {
            for (int i = 0; i < window; i++) {
                suffix[i] = scaled(suffix[i], factor);
            }
            for (int i = 0; i < at; i++) {
                block[i] = scaled(block[i], factor);
            }
            prefix = scaled(prefix, factor);
        }

        private static long scaled(long bits, double factor) {
            return Double.doubleToRawLongBits(Double.longBitsToDouble(bits) * factor);
        }
    }

    /** Running mean whose sum is rebuilt from the ring once per lap. */
    private static final class Mean {
        private final double[] ring;
        private int index;
        private double sum;

        Mean(int length) {
            ring = new double[length];
            fill(1.0);
        }

        double push(double value) {
            sum += value - ring[index];
            ring[index] = value;
            if (++index == ring.length) {
                index = 0;
                double exact = 0;
                for (double v : ring) {
                    exact += v;
                }
                sum = exact;
            }
            return sum * (1.0 / ring.length);
        }

        void fill(double value) {
            Arrays.fill(ring, value);
            sum = value * ring.length;
            index = 0;
        }

        void scale(double factor) {
            for (int i = 0; i < ring.length; i++) {
                ring[i] *= factor;
            }
            sum *= factor;
        }
    }
}
