package dev.rackd.dsp.howl;

/**
 * Finds acoustic feedback in a channel's input: narrow spectral peaks that persist at one frequency and grow (or
 * hold) at a steady rate, with no harmonics around them. Combining criteria is what keeps sung and played notes
 * apart from howls (van Waterschoot and Moonen, "Comparative evaluation of howling detection criteria in
 * notch-filter-based howling suppression", JAES 2010):
 * <ul>
 *   <li>in each frame, a peak among the strongest local maxima must stand {@link #PAPR_DB} above the mean power
 *   (PAPR) and {@link #PNPR_DB} above the bins three and four away on both sides (PNPR): a tone, not a formant;</li>
 *   <li>it must have no partner at a harmonic ratio (2, 3, 1/2, (n+1)/n and n/(n+1) for n up to 8) within
 *   {@link #PHPR_DB} (PHPR): a note has partials, feedback is a sine;</li>
 *   <li>it must have been there in {@link #PERSIST_MIN} of the last {@link #PERSIST_FRAMES} frames (IPMP), at a
 *   frequency that moved less than {@link #STABLE_BINS} of a bin (vibrato moves it more);</li>
 *   <li>and its level must either climb steadily (slope at least {@link #GROWTH_DB_PER_SECOND} with a small slope
 *   deviation, IMSD), or hold without falling for {@link #SUSTAIN_SECONDS} with an even stricter PHPR. Struck and
 *   plucked notes decay; a howl does not.</li>
 * </ul>
 * Frames are {@code fftSize} samples (2048 at 48 kHz: 43 ms, 23.4 Hz bins) every quarter frame; the frequency comes
 * from the phase advance between frames, to a fraction of a Hz for a steady tone. Allocation-free.
 */
public final class HowlDetector {
    static final double PAPR_DB = 12.0;
    static final double PNPR_DB = 12.0;
    static final double PHPR_DB = 15.0;
    static final double SUSTAINED_PHPR_DB = 25.0;
    static final int PERSIST_FRAMES = 6;
    static final int PERSIST_MIN = 5;
    static final double STABLE_BINS = 0.15;
    static final double GROWTH_DB_PER_SECOND = 12.0;
    static final double IMSD_MAX_DB = 0.6;
    static final double SUSTAIN_SECONDS = 0.3;
    static final double MIN_LEVEL_DBFS = -70.0;
    private static final int CANDIDATES = 8;
    private static final int TRACKS = 16;
    private static final double MIN_HZ = 60.0;
    private static final double MAX_HZ = 18000.0;
    private static final int HARMONIC_ORDER = 8;

    private final SpectrumFrame frame;
    private final PeakTracks tracks = new PeakTracks(TRACKS);
    private final HowlListener listener;
    private final double[] history;
    private final int lowBin;
    private final int highBin;
    private final int sustainFrames;
    private final double growthDbPerFrame;
    private final int[] candidateBin = new int[CANDIDATES];
    private final double[] candidatePower = new double[CANDIDATES];
    private int writeIndex;
    private int sinceFrame;
    private long samples;
    private long frameCount;

    public HowlDetector(double sampleRateHz, HowlListener listener) {
        this.listener = listener;
        int size = fftSizeFor(sampleRateHz);
        frame = new SpectrumFrame(sampleRateHz, size, size / 4);
        history = new double[size];
        lowBin = Math.max(2, (int) Math.ceil(MIN_HZ / frame.binHz));
        highBin = Math.min(size / 2 - 2, (int) Math.floor(Math.min(MAX_HZ, 0.45 * sampleRateHz) / frame.binHz));
        double frameSeconds = frame.hop / sampleRateHz;
        sustainFrames = (int) Math.ceil(SUSTAIN_SECONDS / frameSeconds);
        growthDbPerFrame = GROWTH_DB_PER_SECOND * frameSeconds;
    }

    /** Analysis frame length for a rate: about 43 ms, a power of two. */
    public static int fftSizeFor(double sampleRateHz) {
        int exponent = (int) Math.round(Math.log(sampleRateHz * 0.0427) / Math.log(2));
        return 1 << Math.max(8, exponent);
    }

    public int fftSize() {
        return frame.size;
    }

    public int hopSamples() {
        return frame.hop;
    }

    /** Frequency resolution of one bin, Hz. */
    public double binHz() {
        return frame.binHz;
    }

    /** Feeds input samples; analyses a frame every hop and reports howls to the listener. */
    public void accept(double[] buf, int offset, int frames) {
        for (int i = offset, end = offset + frames; i < end; i++) {
            history[writeIndex] = buf[i];
            writeIndex = writeIndex + 1 == history.length ? 0 : writeIndex + 1;
            samples++;
            if (++sinceFrame == frame.hop) {
                sinceFrame = 0;
                if (samples >= history.length) {
                    analyse();
                }
            }
        }
    }

    private void analyse() {
        frame.analyse(history, writeIndex);
        long now = frameCount++;
        double mean = frame.meanPower(lowBin, highBin + 1);
        int found = findCandidates(mean * Math.pow(10, PAPR_DB / 10));
        for (int c = 0; c < found; c++) {
            int k = candidateBin[c];
            double levelDb = frame.peakLevelDb(k);
            if (levelDb < MIN_LEVEL_DBFS || pnprDb(k) < PNPR_DB) {
                continue;
            }
            double hz = frame.peakBin(k) * frame.binHz;
            int t = tracks.track(hz, frame.binHz, now);
            if (t < 0) {
                continue;
            }
            tracks.record(t, now, hz, levelDb);
            if (isHowl(t, now, phprDb(k))) {
                listener.howl(hz, levelDb, samples - 1);
            }
        }
        tracks.endFrame(now);
    }

    private boolean isHowl(int t, long now, double phprDb) {
        if (phprDb < PHPR_DB || tracks.presence(t, now, PERSIST_FRAMES) < PERSIST_MIN
                || tracks.frequencySpreadHz(t, now, PERSIST_FRAMES) > STABLE_BINS * frame.binHz) {
            return false;
        }
        boolean steady = tracks.imsd(t, now, PERSIST_FRAMES - 1) <= IMSD_MAX_DB;
        double slope = tracks.slopeDbPerFrame(t, now, PERSIST_FRAMES);
        if (steady && slope >= growthDbPerFrame) {
            return true;
        }
        return phprDb >= SUSTAINED_PHPR_DB
                && tracks.age(t, now) >= sustainFrames
                && tracks.presence(t, now, sustainFrames) >= sustainFrames - 2
                && tracks.frequencySpreadHz(t, now, sustainFrames) <= STABLE_BINS * frame.binHz
                && tracks.slopeDbPerFrame(t, now, sustainFrames) >= -growthDbPerFrame / 8;
    }

    /** Keeps the strongest local maxima above {@code floor}; returns how many. */
    private int findCandidates(double floor) {
        int found = 0;
        double[] p = frame.power;
        for (int k = lowBin; k <= highBin; k++) {
            double v = p[k];
            if (v <= floor || v <= p[k - 1] || v < p[k + 1]) {
                continue;
            }
            int at;
            if (found < CANDIDATES) {
                at = found++;
            } else if (v > candidatePower[CANDIDATES - 1]) {
                at = CANDIDATES - 1;
            } else {
                continue;
            }
            while (at > 0 && candidatePower[at - 1] < v) {
                candidatePower[at] = candidatePower[at - 1];
                candidateBin[at] = candidateBin[at - 1];
                at--;
            }
            candidatePower[at] = v;
            candidateBin[at] = k;
        }
        return found;
    }

    /** Peak over the bins three and four away on either side (the Hann main lobe is two bins wide each way). */
    private double pnprDb(int k) {
        double neighbours = 0;
        for (int m = 3; m <= 4; m++) {
            neighbours = Math.max(neighbours, Math.max(power(k - m), power(k + m)));
        }
        return ratioDb(frame.power[k], neighbours);
    }

    /** Peak over its strongest harmonic partner; partners inside the peak's own main lobe cannot be told apart. */
    private double phprDb(int k) {
        double partner = Math.max(partnerPower(k, 2 * k), Math.max(partnerPower(k, 3 * k), partnerPower(k, k / 2)));
        for (int n = 2; n <= HARMONIC_ORDER; n++) {
            partner = Math.max(partner, partnerPower(k, (int) Math.round((double) k * (n + 1) / n)));
            partner = Math.max(partner, partnerPower(k, (int) Math.round((double) k * (n - 1) / n)));
        }
        return ratioDb(frame.power[k], partner);
    }

    private double partnerPower(int k, int partner) {
        return Math.abs(partner - k) < 4 ? 0.0 : frame.powerNear(partner);
    }

    private double power(int k) {
        return k >= 0 && k < frame.power.length ? frame.power[k] : 0.0;
    }

    private static double ratioDb(double peak, double other) {
        return other <= 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(peak / other);
    }
}
