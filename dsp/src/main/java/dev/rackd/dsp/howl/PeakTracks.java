package dev.rackd.dsp.howl;

import java.util.Arrays;

/**
 * Spectral peaks followed from frame to frame: for each track the level (dB) and frequency (Hz) of the last
 * {@value #HISTORY} frames, NaN where the peak was absent. From these come the temporal criteria of howling
 * detection: persistence (IPMP), frequency stability, level slope and the slope deviation (IMSD). Allocation-free.
 */
final class PeakTracks {
    static final int HISTORY = 64;
    private static final int MASK = HISTORY - 1;
    /** A track not seen for this many frames is forgotten. */
    private static final int GAP = 6;

    private final int capacity;
    private final double[] hz;
    private final long[] firstFrame;
    private final long[] lastFrame;
    /** Bit t: track t is followed. The searches run over these bits only, in rising order as ever. */
    private long used;
    private final long all;
    private final double[] levels;
    private final double[] freqs;
    /**
     * Per track a bit for each frame of the history ({@code frame & MASK}): the level there is a number (the peak was
     * present); a lock was looked for; one was found at {@link HarmonicPartners#LOCKED_LOW} or above; at
     * {@link HarmonicPartners#LOCKED}. Counting frames is then counting bits.
     */
    private final long[] present;
    private final long[] looked;
    private final long[] lockedLow;
    private final long[] locked;
    /** Bit t: track t's prehistory has been looked up ({@link #prepend}); it is done once per track. */
    private long prehistoryTaken;

    PeakTracks(int capacity) {
        this.capacity = capacity;
        hz = new double[capacity];
        firstFrame = new long[capacity];
        lastFrame = new long[capacity];
        if (capacity > Long.SIZE) {
            throw new IllegalArgumentException(capacity + " tracks, at most " + Long.SIZE);
        }
        all = capacity == Long.SIZE ? -1L : (1L << capacity) - 1;
        levels = new double[capacity * HISTORY];
        freqs = new double[capacity * HISTORY];
        present = new long[capacity];
        looked = new long[capacity];
        lockedLow = new long[capacity];
        locked = new long[capacity];
    }

    /** The track this frame's peak at {@code peakHz} continues, or a new one; -1 only if none can be had. */
    int track(double peakHz, double toleranceHz, long frame) {
        // the nearest within tolerance of those not yet continued in this frame, the last of equals: one branch,
        // rarely taken, per track
        int best = -1;
        double bestDistance = toleranceHz;
        for (long followed = used; followed != 0; followed &= followed - 1) {
            int t = Long.numberOfTrailingZeros(followed);
            double distance = Math.abs(hz[t] - peakHz);
            if (lastFrame[t] != frame & distance <= bestDistance) {
                best = t;
                bestDistance = distance;
            }
        }
        if (best >= 0) {
            return best;
        }
        int t = slot(frame);
        if (t >= 0) {
            used |= 1L << t;
            prehistoryTaken &= ~(1L << t);
            firstFrame[t] = frame;
            Arrays.fill(levels, t * HISTORY, (t + 1) * HISTORY, Double.NaN);
            Arrays.fill(freqs, t * HISTORY, (t + 1) * HISTORY, Double.NaN);
            present[t] = 0;
            looked[t] = 0;
            lockedLow[t] = 0;
            locked[t] = 0;
        }
        return t;
    }

    /** The first free track, else the one seen longest ago (the first of equals) of those not seen in this frame. */
    private int slot(long frame) {
        long free = ~used & all;
        if (free != 0) {
            return Long.numberOfTrailingZeros(free);
        }
        int stalest = -1;
        for (int t = 0; t < capacity; t++) {
            if (lastFrame[t] != frame && (stalest < 0 || lastFrame[t] < lastFrame[stalest])) {
                stalest = t;
            }
        }
        return stalest;
    }

    void record(int t, long frame, double peakHz, double levelDb) {
        hz[t] = peakHz;
        lastFrame[t] = frame;
        levels[t * HISTORY + (int) (frame & MASK)] = levelDb;
        freqs[t * HISTORY + (int) (frame & MASK)] = peakHz;
        long bit = 1L << (frame & MASK);
        present[t] = Double.isNaN(levelDb) ? present[t] & ~bit : present[t] | bit;
        forgetLock(t, bit);
    }

    /** Notes how, in this frame, the peak sat at a harmonic ratio to a partial of the music (a lock level, 0 to 2). */
    void recordLock(int t, long frame, int level) {
        long bit = 1L << (frame & MASK);
        looked[t] |= bit;
        lockedLow[t] = level >= HarmonicPartners.LOCKED_LOW ? lockedLow[t] | bit : lockedLow[t] & ~bit;
        locked[t] = level >= HarmonicPartners.LOCKED ? locked[t] | bit : locked[t] & ~bit;
    }

    private void forgetLock(int t, long bit) {
        looked[t] &= ~bit;
        lockedLow[t] &= ~bit;
        locked[t] &= ~bit;
    }

    /** The bits of {@code mask} for the last {@code frames} frames (1 to {@link #HISTORY}), this one the highest. */
    private static long window(long mask, long frame, int frames) {
        long latestFirst = Long.rotateLeft(mask, MASK - (int) (frame & MASK));
        return frames >= HISTORY ? latestFirst : latestFirst >>> (HISTORY - frames);
    }

    /**
     * Share of the frames among the last {@code frames} in which a lock was looked for and found at {@code minLevel}
     * or above (0 if never looked for).
     */
    double lockedShare(int t, long frame, int frames, int minLevel) {
        long atLevel = minLevel <= 0 ? looked[t] : minLevel == HarmonicPartners.LOCKED_LOW ? lockedLow[t]
                : minLevel == HarmonicPartners.LOCKED ? locked[t] : 0;
        int found = count(atLevel, frame, frames);
        int n = count(looked[t], frame, frames);
        return n == 0 ? 0.0 : (double) found / n;
    }

    /** How many of the last {@code frames} frames have their bit set in {@code mask}; the ring comes round again. */
    private static int count(long mask, long frame, int frames) {
        if (frames <= 0) {
            return 0;
        }
        int turns = (frames - 1) / HISTORY;
        return turns * Long.bitCount(mask) + Long.bitCount(window(mask, frame, frames - turns * HISTORY));
    }

    /** Whether track {@code t}'s prehistory is still to be looked up; from this call on it is not. */
    boolean takePrehistory(int t) {
        boolean taken = (prehistoryTaken & 1L << t) != 0;
        prehistoryTaken |= 1L << t;
        return !taken;
    }

    /**
     * Gives the track one frame more at its start, the frame before its first, with the level its peak had there
     * (NaN: absent). No frequency is known for it and no lock was looked for.
     */
    void prepend(int t, double levelDb) {
        long frame = firstFrame[t] - 1;
        levels[t * HISTORY + (int) (frame & MASK)] = levelDb;
        freqs[t * HISTORY + (int) (frame & MASK)] = Double.NaN;
        long bit = 1L << (frame & MASK);
        present[t] = Double.isNaN(levelDb) ? present[t] & ~bit : present[t] | bit;
        forgetLock(t, bit);
        firstFrame[t] = frame;
    }

    /** In how many of the last {@code frames} frames a lock was looked for. */
    int looked(int t, long frame, int frames) {
        return count(looked[t], frame, frames);
    }

    /** Forgets every track. */
    void clear() {
        used = 0;
    }

    /** Marks every track not seen in {@code frame} as absent there, and forgets the long gone. */
    void endFrame(long frame) {
        for (long followed = used; followed != 0; followed &= followed - 1) {
            int t = Long.numberOfTrailingZeros(followed);
            if (lastFrame[t] != frame) {
                levels[t * HISTORY + (int) (frame & MASK)] = Double.NaN;
                freqs[t * HISTORY + (int) (frame & MASK)] = Double.NaN;
                long bit = 1L << (frame & MASK);
                present[t] &= ~bit;
                forgetLock(t, bit);
                if (frame - lastFrame[t] > GAP) {
                    used &= ~(1L << t);
                }
            }
        }
    }

    /** Frames since the track began, counting this one. */
    long age(int t, long frame) {
        return frame - firstFrame[t] + 1;
    }

    /** How many of the last {@code frames} frames (this one included) the peak was present in. */
    int presence(int t, long frame, int frames) {
        return count(present[t], frame, frames);
    }

    /** Largest minus smallest frequency over the present frames among the last {@code frames}. */
    double frequencySpreadHz(int t, long frame, int frames) {
        // Math.min and Math.max over the present frames, on keys that order as the frequencies do: a conditional move
        // each, where comparing the doubles is a branch that the wobbling estimates send either way
        long low = OrderedKeys.of(Double.POSITIVE_INFINITY);
        long high = OrderedKeys.of(Double.NEGATIVE_INFINITY);
        for (int i = 0; i < frames; i++) {
            double f = freqs[t * HISTORY + (int) ((frame - i) & MASK)];
            long key = OrderedKeys.of(f);
            boolean absent = Double.isNaN(f);
            low = Math.min(low, absent ? Long.MAX_VALUE : key);
            high = Math.max(high, absent ? Long.MIN_VALUE : key);
        }
        return OrderedKeys.value(high) - OrderedKeys.value(low);
    }

    /** Largest rise of the level over the last {@code frames} frames: now minus the lowest level seen in them. */
    double riseDb(int t, long frame, int frames) {
        double now = level(t, frame);
        double lowest = now;
        for (int i = 1; i < frames; i++) {
            double l = level(t, frame - i);
            if (!Double.isNaN(l)) {
                lowest = Math.min(lowest, l);
            }
        }
        return now - lowest;
    }

    /**
     * Largest rise of the level from one present frame to the next within the last {@code frames} frames, dB, across
     * the frames the peak was absent in as well: a note struck again smears its attack over the frame, which then
     * fails the PNPR, and the note is back a few dB louder after the gap.
     */
    double largestStepDb(int t, long frame, int frames) {
        // the largest is at least +0, so only the positive steps count: their bit patterns order as they do, and a
        // negative step's (or -0's) is a negative long; a NaN (no present frame before, or this one absent) is left
        // out, and an absent frame leaves the last present level in place
        long largest = 0;
        double before = Double.NaN;
        for (int i = frames - 1; i >= 0; i--) {
            double l = level(t, frame - i);
            double step = l - before;
            largest = Math.max(largest, Double.isNaN(step) ? 0 : Double.doubleToRawLongBits(step));
            before = Double.isNaN(l) ? before : l;
        }
        return Double.longBitsToDouble(largest);
    }

    /**
     * How many times among the last {@code frames} frames the level moved by more than {@code db} from one present
     * frame to the next, either way: a beating pair's level swings every few frames, a note's when it is struck.
     */
    int swings(int t, long frame, int frames, double db) {
        int n = 0;
        for (int i = 0; i < frames - 1; i++) {
            double step = level(t, frame - i) - level(t, frame - i - 1);
            // a NaN (a frame absent) fails the comparison
            n += Math.abs(step) > db ? 1 : 0;
        }
        return n;
    }

    /** Mean frequency over the present frames among the last {@code frames}: steadier than any one estimate. */
    double meanFrequencyHz(int t, long frame, int frames) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < frames; i++) {
            double f = freqs[t * HISTORY + (int) ((frame - i) & MASK)];
            if (!Double.isNaN(f)) {
                sum += f;
                n++;
            }
        }
        return n == 0 ? hz[t] : sum / n;
    }

    /** Least-squares slope of the level over the present frames among the last {@code frames}, dB per frame. */
    double slopeDbPerFrame(int t, long frame, int frames) {
        return slope(levels, t, frame, frames);
    }

    private static double slope(double[] series, int t, long frame, int frames) {
        double n = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < frames; i++) {
            double y = series[t * HISTORY + (int) ((frame - i) & MASK)];
            if (!Double.isNaN(y)) {
                double x = -i;
                n++;
                sx += x;
                sy += y;
                sxx += x * x;
                sxy += x * y;
            }
        }
        double d = n * sxx - sx * sx;
        return n < 2 || d == 0 ? 0.0 : (n * sxy - sx * sy) / d;
    }

    /**
     * Interframe magnitude slope deviation over {@code span} frames: how far the slopes measured from this frame back
     * to 1, 2, ... span-1 frames ago stray from the slope over the whole span. A howl grows (or holds) at a steady
     * rate in dB, so its IMSD is small; programme material wanders. Infinite if a frame is missing.
     */
    double imsd(int t, long frame, int span) {
        double now = level(t, frame);
        double whole = (now - level(t, frame - span)) / span;
        double sum = 0;
        for (int m = 1; m < span; m++) {
            sum += Math.abs(whole - (now - level(t, frame - m)) / m);
        }
        double result = sum / (span - 1);
        return Double.isNaN(result) ? Double.POSITIVE_INFINITY : result;
    }

    double level(int t, long frame) {
        return levels[t * HISTORY + (int) (frame & MASK)];
    }

    double frequencyHz(int t) {
        return hz[t];
    }
}
