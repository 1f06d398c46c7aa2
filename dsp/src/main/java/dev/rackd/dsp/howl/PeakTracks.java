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
    private final boolean[] used;
    private final double[] levels;
    private final double[] freqs;
    private final double[] locks;

    PeakTracks(int capacity) {
        this.capacity = capacity;
        hz = new double[capacity];
        firstFrame = new long[capacity];
        lastFrame = new long[capacity];
        used = new boolean[capacity];
        levels = new double[capacity * HISTORY];
        freqs = new double[capacity * HISTORY];
        locks = new double[capacity * HISTORY];
    }

    /** The track this frame's peak at {@code peakHz} continues, or a new one; -1 only if none can be had. */
    int track(double peakHz, double toleranceHz, long frame) {
        int best = -1;
        double bestDistance = toleranceHz;
        int free = -1;
        int stalest = -1;
        for (int t = 0; t < capacity; t++) {
            if (!used[t]) {
                free = free < 0 ? t : free;
                continue;
            }
            if (lastFrame[t] == frame) {
                continue;
            }
            double distance = Math.abs(hz[t] - peakHz);
            if (distance <= bestDistance) {
                best = t;
                bestDistance = distance;
            }
            if (stalest < 0 || lastFrame[t] < lastFrame[stalest]) {
                stalest = t;
            }
        }
        if (best >= 0) {
            return best;
        }
        int t = free >= 0 ? free : stalest;
        if (t >= 0) {
            used[t] = true;
            firstFrame[t] = frame;
            Arrays.fill(levels, t * HISTORY, (t + 1) * HISTORY, Double.NaN);
            Arrays.fill(freqs, t * HISTORY, (t + 1) * HISTORY, Double.NaN);
            Arrays.fill(locks, t * HISTORY, (t + 1) * HISTORY, Double.NaN);
        }
        return t;
    }

    void record(int t, long frame, double peakHz, double levelDb) {
        hz[t] = peakHz;
        lastFrame[t] = frame;
        levels[t * HISTORY + (int) (frame & MASK)] = levelDb;
        freqs[t * HISTORY + (int) (frame & MASK)] = peakHz;
        locks[t * HISTORY + (int) (frame & MASK)] = Double.NaN;
    }

    /** Notes how, in this frame, the peak sat at a harmonic ratio to a partial of the music (a lock level). */
    void recordLock(int t, long frame, int level) {
        locks[t * HISTORY + (int) (frame & MASK)] = level;
    }

    /**
     * Share of the frames among the last {@code frames} in which a lock was looked for and found at {@code minLevel}
     * or above (0 if never looked for).
     */
    double lockedShare(int t, long frame, int frames, int minLevel) {
        int found = 0;
        int n = 0;
        for (int i = 0; i < frames; i++) {
            double v = locks[t * HISTORY + (int) ((frame - i) & MASK)];
            if (!Double.isNaN(v)) {
                found += v >= minLevel ? 1 : 0;
                n++;
            }
        }
        return n == 0 ? 0.0 : (double) found / n;
    }

    /** Forgets every track. */
    void clear() {
        Arrays.fill(used, false);
    }

    /** Marks every track not seen in {@code frame} as absent there, and forgets the long gone. */
    void endFrame(long frame) {
        for (int t = 0; t < capacity; t++) {
            if (used[t] && lastFrame[t] != frame) {
                levels[t * HISTORY + (int) (frame & MASK)] = Double.NaN;
                freqs[t * HISTORY + (int) (frame & MASK)] = Double.NaN;
                locks[t * HISTORY + (int) (frame & MASK)] = Double.NaN;
                if (frame - lastFrame[t] > GAP) {
                    used[t] = false;
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
        int n = 0;
        for (int i = 0; i < frames; i++) {
            if (!Double.isNaN(level(t, frame - i))) {
                n++;
            }
        }
        return n;
    }

    /** Largest minus smallest frequency over the present frames among the last {@code frames}. */
    double frequencySpreadHz(int t, long frame, int frames) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < frames; i++) {
            double f = freqs[t * HISTORY + (int) ((frame - i) & MASK)];
            if (!Double.isNaN(f)) {
                low = Math.min(low, f);
                high = Math.max(high, f);
            }
        }
        return high - low;
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

    /** Largest rise of the level from one present frame to the next within the last {@code frames} frames, dB. */
    double largestStepDb(int t, long frame, int frames) {
        double largest = 0;
        for (int i = 0; i < frames - 1; i++) {
            double step = level(t, frame - i) - level(t, frame - i - 1);
            if (step > largest) {
                largest = step;
            }
        }
        return largest;
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
