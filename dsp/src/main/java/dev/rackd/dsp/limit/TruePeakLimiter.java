package dev.rackd.dsp.limit;

import dev.rackd.dsp.NonNegative;

/**
 * Lookahead peak limiter that keeps every output sample, and the BS.1770 true peak of the output to within a small
 * fraction of a dB, at or below a threshold in dBTP. Allocation-free after construction; one per channel.
 *
 * <p>For each input sample the needed gain is {@code r = min(1, T / p)}, p being the larger of the sample and the
 * interpolated points on either side of it ({@link TruePeakInterpolator}, which needs {@value TruePeakInterpolator#DELAY}
 * samples ahead). A sliding minimum over W samples, a release that may only rise slowly and never above that minimum,
 * and two moving averages whose spans add up to W give the applied gain. Every value averaged into the gain of
 * sample j is the minimum of a window that contains j, so {@code g[j] <= r[j]}: no sample can exceed the threshold,
 * by construction rather than by clipping. The averages turn each gain step into a smooth S-shaped ramp. Latency is
 * {@code W - 1 + DELAY} samples; 64 at 48 kHz (1.33 ms).
 */
public final class TruePeakLimiter {
    /** Gains are aimed this far under the threshold so that rounding (and float output) cannot cross it. */
    private static final double MARGIN = 1.0 - 1e-6;

    private final int latency;
    private final double releaseCoefficient;
    private final SlidingMinimum minimum;
    private final MovingAverage first;
    private final MovingAverage second;
    /** Input history twice over, so that the interpolator always reads twelve contiguous samples. */
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

    /**
     * @param lookaheadSamples total latency; at least 16, and at most 1.5 ms of the rate is what the show needs
     * @param releaseMs        time constant of the gain's return to unity
     */
    public TruePeakLimiter(double sampleRateHz, int lookaheadSamples, double releaseMs, double thresholdDbtp) {
        if (lookaheadSamples < 16) {
            throw new IllegalArgumentException("lookahead must be at least 16 samples, got " + lookaheadSamples);
        }
        latency = lookaheadSamples;
        int span = lookaheadSamples - TruePeakInterpolator.DELAY + 1;
        int firstLength = (span + 1) / 2;
        minimum = new SlidingMinimum(span);
        first = new MovingAverage(firstLength, 1.0);
        second = new MovingAverage(span + 1 - firstLength, 1.0);
        int size = Integer.highestOneBit(lookaheadSamples) << 1;
        delay = new double[size];
        peaks = new double[size];
        delayMask = size - 1;
        releaseCoefficient = 1.0 - Math.exp(-1000.0 / (releaseMs * sampleRateHz));
        threshold = dbToLinear(thresholdDbtp);
    }

    /** Lookahead for a rate: 1.33 ms (64 samples at 48 kHz), never more than 1.5 ms. */
    public static int defaultLookahead(double sampleRateHz) {
        return Math.max(16, (int) Math.round(sampleRateHz * 64.0 / 48000.0));
    }

    public int latencySamples() {
        return latency;
    }

    /**
     * Sets a new threshold; {@code +Infinity} turns limiting off (the latency stays). A lower threshold scales every
     * gain already in the lookahead at once, so that the guarantee holds from the next sample out (a step, heard once
     * when the engineer turns the limiter down); a higher one is reached through the release.
     */
    public void setThresholdDbtp(double dbtp) {
        if (Double.isNaN(dbtp)) {
            throw new IllegalArgumentException("threshold is NaN");
        }
        double next = dbToLinear(dbtp);
        if (next < threshold) {
            double factor = Double.isInfinite(threshold) ? Math.min(1.0, next / largestPeakInFlight()) : next / threshold;
            minimum.scale(factor);
            first.scale(factor);
            second.scale(factor);
            envelope *= factor;
        }
        threshold = next;
    }

    private double largestPeakInFlight() {
        double largest = Double.MIN_NORMAL;
        for (double p : peaks) {
            largest = Math.max(largest, p);
        }
        return largest;
    }

    public double thresholdDbtp() {
        return 20.0 * Math.log10(threshold);
    }

    /** Limits {@code frames} samples of {@code buf} from {@code offset} in place (delayed by the latency). */
    public void process(double[] buf, int offset, int frames) {
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
            // the sample between the previous interval and this one is now fully known
            int slot = (int) (written - TruePeakInterpolator.DELAY) & delayMask;
            double peak = NonNegative.max(Math.abs(delay[slot]), NonNegative.max(previousInterval, interval));
            previousInterval = interval;
            peaks[slot] = peak;
            double needed = peak > limit ? limit / peak : 1.0;
            double floor = minimum.push(needed);
            envelope = floor < envelope ? floor : envelope + (floor - envelope) * releaseCoefficient;
            double gain = second.push(first.push(envelope));

            int out = (int) (written - latency) & delayMask;
            double y = delay[out] * gain;
            double outPeak = peaks[out] * gain;
            // rarely taken, so well predicted, and cheaper than Math.max's care for NaN and -0
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

    /**
     * Forgets the signal: the lookahead (so nothing from before a gap in the audio is played after it) and the gain,
     * back at unity. The threshold stays.
     */
    public void clear() {
        java.util.Arrays.fill(window, 0.0);
        java.util.Arrays.fill(delay, 0.0);
        java.util.Arrays.fill(peaks, 0.0);
        previousInterval = 0.0;
        minimum.clear();
        first.fill(1.0);
        second.fill(1.0);
        envelope = 1.0;
    }

    /** Smallest gain applied in the last block (1 = no reduction). */
    public double blockMinGain() {
        return blockMinGain;
    }

    /** Estimated true peak of the last block's output: the input's true peak times the gain applied to it. */
    public double blockTruePeak() {
        return blockTruePeak;
    }

    static double dbToLinear(double db) {
        return Math.pow(10.0, db / 20.0);
    }
}
