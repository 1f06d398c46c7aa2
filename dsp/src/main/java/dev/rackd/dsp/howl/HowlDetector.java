package dev.rackd.dsp.howl;

import dev.rackd.dsp.NonNegative;

/**
 * Finds acoustic feedback in a channel's input. Every quarter frame it takes the last {@code fftSize} samples (2048
 * at 48 kHz: 43 ms, 23.4 Hz bins) under a Hann window, keeps the narrow peaks that stand out (a PNPR of
 * {@link #PNPR_DB} on at least one side, and a local PAPR of {@link #PAPR_DB} over the median of the sixth of an
 * octave around: the global PAPR misses a howl at 4 kHz in music whose power sits in the bass), follows them from
 * frame to frame, and asks {@link HowlCriteria} which are howls. The frequency comes from the phase advance between
 * frames, to a fraction of a Hz for a steady tone, averaged over the frames the decision rests on. Allocation-free.
 */
public final class HowlDetector {
    static final double PAPR_DB = 10.0;
    static final double PNPR_DB = 12.0;
    private static final double PAPR_RATIO = Math.pow(10, PAPR_DB / 10);
    private static final double PNPR_RATIO = Math.pow(10, PNPR_DB / 10);
    static final double MIN_LEVEL_DBFS = -70.0;
    private static final int CANDIDATES = 16;
    private static final int TRACKS = 32;
    private static final double MIN_HZ = 60.0;
    private static final double MAX_HZ = 18000.0;

    private final SpectrumFrame frame;
    private final PeakTracks tracks = new PeakTracks(TRACKS);
    private final HowlCriteria criteria;
    private final RecentHowls recent;
    private final HowlListener listener;
    private final double[] history;
    private final int lowBin;
    private final int highBin;
    private final int[] candidateBin = new int[CANDIDATES];
    private final double[] candidateContrast = new double[CANDIDATES];
    /** Bins that pass the first tests in a frame; two passing bins are never neighbours, but there is room for all. */
    private final int[] peakBins;
    private int writeIndex;
    private int sinceFrame;
    /** Input samples ever (the clock of the howls reported), and since the last {@link #clear}. */
    private long samples;
    private long heard;
    private long frameCount;

    public HowlDetector(double sampleRateHz, HowlListener listener) {
        this.listener = listener;
        int size = fftSizeFor(sampleRateHz);
        frame = new SpectrumFrame(sampleRateHz, size, size / 4, HowlCriteria.framesBeforeAHold(sampleRateHz, size / 4));
        history = new double[size];
        recent = new RecentHowls(frame.binHz, frame.hop / sampleRateHz);
        criteria = new HowlCriteria(frame, tracks, recent, sampleRateHz);
        lowBin = Math.max(3, (int) Math.ceil(MIN_HZ / frame.binHz));
        highBin = Math.min(size / 2 - 3, (int) Math.floor(Math.min(MAX_HZ, 0.45 * sampleRateHz) / frame.binHz));
        peakBins = new int[size / 2 + 1];
    }

    /** Analysis frame length for a rate: about 43 ms, a power of two. */
    public static int fftSizeFor(double sampleRateHz) {
        int exponent = (int) Math.round(Math.log(sampleRateHz * 0.0427) / Math.log(2));
        return 1 << Math.max(8, exponent);
    }

    public int fftSize() {
        return frame.size;
    }

    /** Frequency resolution of one bin, Hz. */
    public double binHz() {
        return frame.binHz;
    }

    /**
     * Forgets the input heard so far and the peaks followed in it: after a gap in the audio, analysis starts again
     * once a whole frame of new input is in.
     */
    public void clear() {
        java.util.Arrays.fill(history, 0.0);
        writeIndex = 0;
        sinceFrame = 0;
        heard = 0;
        frame.clear();
        tracks.clear();
        recent.clear();
    }

    /**
     * Counts input that is not analysed (feedback mode off), so that the howls reported afterwards carry the channel's
     * own clock; and, as after a gap, analysis starts again once a whole frame of new input is in.
     */
    public void skip(int frames) {
        samples += frames;
        if (heard != 0) {
            clear();
        }
    }

    /** Feeds input samples; analyses a frame every hop and reports howls to the listener. */
    public void accept(double[] buf, int offset, int frames) {
        // copied a run at a time, each run ending at the hop or the end of the ring, whichever comes first
        for (int i = offset, end = offset + frames; i < end; ) {
            int n = Math.min(end - i, Math.min(frame.hop - sinceFrame, history.length - writeIndex));
            System.arraycopy(buf, i, history, writeIndex, n);
            i += n;
            writeIndex = writeIndex + n == history.length ? 0 : writeIndex + n;
            samples += n;
            heard += n;
            sinceFrame += n;
            if (sinceFrame == frame.hop) {
                sinceFrame = 0;
                if (heard >= history.length) {
                    analyse();
                }
            }
        }
    }

    private void analyse() {
        frame.analyse(history, writeIndex);
        long now = frameCount++;
        int found = findCandidates();
        for (int c = 0; c < found; c++) {
            int k = candidateBin[c];
            double levelDb = frame.peakLevelDb(k);
            if (levelDb < MIN_LEVEL_DBFS) {
                continue;
            }
            double hz = frame.peakBin(k) * frame.binHz;
            int t = tracks.track(hz, frame.binHz, now);
            if (t < 0) {
                continue;
            }
            tracks.record(t, now, hz, levelDb);
            if (criteria.isHowl(t, now, k)) {
                recent.reported(hz, now);
                listener.howl(tracks.meanFrequencyHz(t, now, HowlCriteria.PERSIST_FRAMES), levelDb, samples - 1);
            }
        }
        tracks.endFrame(now);
    }

    /**
     * Keeps the narrow local maxima that stand out most from their surroundings, by at least {@link #PAPR_DB}. Most
     * bins of busy programme are turned away by the first test, so the tests are ratios of powers, not logarithms.
     */
    private int findCandidates() {
        int peaks = narrowPeaks();
        int found = 0;
        double[] p = frame.power;
        for (int i = 0; i < peaks; i++) {
            int k = peakBins[i];
            double v = p[k];
            double floor = frame.localFloor(k, v, PAPR_RATIO);
            if (v < PAPR_RATIO * floor) {
                continue;
            }
            double contrast = floor <= 0 ? Double.POSITIVE_INFINITY : v / floor;
            int at;
            if (found < CANDIDATES) {
                at = found++;
            } else if (contrast > candidateContrast[CANDIDATES - 1]) {
                at = CANDIDATES - 1;
            } else {
                continue;
            }
            while (at > 0 && candidateContrast[at - 1] < contrast) {
                candidateContrast[at] = candidateContrast[at - 1];
                candidateBin[at] = candidateBin[at - 1];
                at--;
            }
            candidateContrast[at] = contrast;
            candidateBin[at] = k;
        }
        return found;
    }

    /**
     * The local maxima with a PNPR of {@link #PNPR_DB}, in rising order, into {@link #peakBins}: a loop kept free of
     * the rare work on the bins that pass.
     */
    private int narrowPeaks() {
        double[] p = frame.power;
        int[] bins = peakBins;
        int n = 0;
        for (int k = lowBin; k <= highBin; k++) {
            double v = p[k];
            // one branch, rarely taken, instead of three that noise sends either way
            if (v > p[k - 1] & v >= p[k + 1] & v >= PNPR_RATIO * sidePower(p, k)) {
                bins[n++] = k;
            }
        }
        return n;
    }

    /**
     * Peak over the bins two and three away, on the side where they are lower (the PNPR's reference): a sine's main
     * lobe falls 14 dB or more by two bins on both sides, a formant or a noise band falls on neither; a partial of
     * the music next to a howl may fill one side.
     */
    private static double sidePower(double[] p, int k) {
        return NonNegative.min(NonNegative.max(p[k - 2], p[k - 3]), NonNegative.max(p[k + 2], p[k + 3]));
    }
}
