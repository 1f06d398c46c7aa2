package dev.rackd.dsp.limit;

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
 *
 * <p>A block is worked on in passes ({@link SamplePeaks}, {@link GainCurve}, then the output), so that what has no
 * dependence from one sample to the next runs in loops C2 vectorises; calls longer than {@value #CHUNK} samples are
 * cut into pieces that long.
 */
public final class TruePeakLimiter {
    /** Gains are aimed this far under the threshold so that rounding (and float output) cannot cross it. */
    private static final double MARGIN = 1.0 - 1e-6;
    private static final long ONE_BITS = Double.doubleToRawLongBits(1.0);
    /** The interpolator's {@value TruePeakInterpolator#DELAY} samples ahead and a gain ramp of a few samples. */
    static final int MIN_LOOKAHEAD = TruePeakInterpolator.DELAY + 4;
    /** Most samples worked on in one pass: ChannelChain's chunk. */
    static final int CHUNK = 256;
    /** Room after the history in the delay lines: they move back to the front about once per this many samples. */
    private static final int ROOM = 4 * CHUNK;

    private final int latency;
    private final SamplePeaks samplePeaks = new SamplePeaks(CHUNK);
    private final GainCurve gainCurve;
    /** The input: the last {@code latency} samples, then the chunk. */
    private final SlidingBuffer input;
    /**
     * How many peaks are kept from before the chunk, for {@link #largestPeakInFlight()}: the power of two above the
     * latency, so some already out besides the {@code latency - DELAY} still in flight (as the limiter always did).
     */
    private final int peakHistory;
    /** The last {@code peakHistory} peaks, then the chunk's: of the samples DELAY before each of its samples. */
    private final SlidingBuffer peaks;
    private final double[] gains = new double[CHUNK];
    private double threshold;
    private double blockMinGain;
    private double blockTruePeak;

    /**
     * @param lookaheadSamples total latency; at least {@value #MIN_LOOKAHEAD}, and at most 1.5 ms of the rate is what
     *                         the show needs
     * @param releaseMs        time constant of the gain's return to unity
     */
    public TruePeakLimiter(double sampleRateHz, int lookaheadSamples, double releaseMs, double thresholdDbtp) {
        if (lookaheadSamples < MIN_LOOKAHEAD) {
            throw new IllegalArgumentException(
                    "lookahead must be at least " + MIN_LOOKAHEAD + " samples, got " + lookaheadSamples);
        }
        latency = lookaheadSamples;
        int span = lookaheadSamples - TruePeakInterpolator.DELAY + 1;
        gainCurve = new GainCurve(span, 1.0 - Math.exp(-1000.0 / (releaseMs * sampleRateHz)));
        input = new SlidingBuffer(lookaheadSamples, ROOM);
        peakHistory = Integer.highestOneBit(lookaheadSamples) << 1;
        peaks = new SlidingBuffer(peakHistory, ROOM);
        threshold = dbToLinear(thresholdDbtp);
    }

    /**
     * Lookahead for a rate: 1.33 ms (64 samples at 48 kHz), within half a sample, so never more than 1.5 ms: 11
     * samples (1.375 ms) at 8 kHz, the lowest rate.
     */
    public static int defaultLookahead(double sampleRateHz) {
        return Math.max(MIN_LOOKAHEAD, (int) Math.round(sampleRateHz * 64.0 / 48000.0));
    }

    public int latencySamples() {
        return latency;
    }

    /**
     * Sets a new threshold; {@code +Infinity} turns limiting off (the latency stays). A lower threshold scales the
     * gains already in the lookahead at once, by as much as the loudest peak in flight needs and no more, so that the
     * guarantee holds from the next sample out: programme under the new threshold is not touched, a peak over it is
     * brought down in one step (heard once, when the engineer turns the limiter down). A higher one is reached
     * through the release.
     */
    public void setThresholdDbtp(double dbtp) {
        if (Double.isNaN(dbtp)) {
            throw new IllegalArgumentException("threshold is NaN");
        }
        double next = dbToLinear(dbtp);
        if (next < threshold) {
            double factor = loweringFactor(threshold, next, largestPeakInFlight());
            if (factor < 1.0) {
                gainCurve.scale(factor);
            }
        }
        threshold = next;
    }

    /**
     * What the gains held for the samples in flight must be multiplied by when the threshold falls from {@code from}
     * to {@code to}: a sample with peak p was given at most min(1, from / p) and may now have min(1, to / p), whose
     * ratio is smallest for the loudest one; 1 when every peak in flight is already under the new threshold.
     */
    static double loweringFactor(double from, double to, double largestPeak) {
        return Math.min(1.0, to * MARGIN / Math.min(largestPeak, from * MARGIN));
    }

    private double largestPeakInFlight() {
        double largest = Double.MIN_NORMAL;
        double[] p = peaks.data;
        for (int i = peaks.end() - peakHistory; i < peaks.end(); i++) {
            largest = Math.max(largest, p[i]);
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
        for (int done = 0; done < frames; done += CHUNK) {
            processChunk(buf, offset + done, Math.min(CHUNK, frames - done));
            if (blockTruePeak > truePeak) {
                truePeak = blockTruePeak;
            }
            if (blockMinGain < minGain) {
                minGain = blockMinGain;
            }
        }
        blockMinGain = minGain;
        blockTruePeak = truePeak;
    }

    private void processChunk(double[] buf, int at, int n) {
        int inputAt = input.reserve(n);
        System.arraycopy(buf, at, input.data, inputAt, n);
        int peaksAt = peaks.reserve(n);
        samplePeaks.next(buf, at, n, peaks.data, peaksAt);
        gainCurve.next(peaks.data, peaksAt, threshold * MARGIN, gains, n);

        double[] delayed = input.data;
        int leaving = inputAt - latency;
        double[] peak = peaks.data;
        // the peak of the sample leaving now was worked out latency - DELAY samples ago
        int leavingPeak = peaksAt - (latency - TruePeakInterpolator.DELAY);
        // gains and peaks are at least +0: their bit patterns order as they do, so the extremes are taken on those,
        // without a branch (the peaks of music would send one either way)
        long minGain = ONE_BITS;
        long truePeak = 0L;
        for (int i = 0; i < n; i++) {
            double gain = gains[i];
            buf[at + i] = delayed[leaving + i] * gain;
            truePeak = Math.max(truePeak, Double.doubleToRawLongBits(peak[leavingPeak + i] * gain));
            minGain = Math.min(minGain, Double.doubleToRawLongBits(gain));
        }
        blockMinGain = Double.longBitsToDouble(minGain);
        blockTruePeak = Double.longBitsToDouble(truePeak);
        input.commit(n);
        peaks.commit(n);
    }

    /**
     * Forgets the signal: the lookahead (so nothing from before a gap in the audio is played after it) and the gain,
     * back at unity. The threshold stays.
     */
    public void clear() {
        input.clear();
        peaks.clear();
        samplePeaks.clear();
        gainCurve.clear();
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
