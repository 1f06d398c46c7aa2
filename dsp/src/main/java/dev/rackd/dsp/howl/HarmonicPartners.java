package dev.rackd.dsp.howl;

import dev.rackd.dsp.NonNegative;

/**
 * Looks for the partials a musical note would have around a spectral peak: at 2, 3, 1/2, 1/3 and 1/4 times its
 * frequency, at (n+1)/n and (n-1)/n of it for n up to 8 (its neighbours, were it the n-th partial), at 1/5 to 1/8 (its
 * fundamental), and evenly spaced either side of it (a higher partial of a voice). Gives the peak-to-harmonic
 * power ratio (PHPR) and tells whether a strong partner sits at such a ratio to within a few cents: a howl's frequency
 * is set by the room, not by the music's pitch, so a peak locked to a partial of the music is music (two instruments
 * in unison, an octave doubling, partials beating slowly) even when it swells; and a partner that is only near a
 * harmonic ratio (another howl, say) does not make a peak musical. Nor does one reported as a howl itself within the
 * last second, however exactly it sits there ({@link RecentHowls}).
 */
final class HarmonicPartners {
    static final int UNLOCKED = 0;
    static final int LOCKED_LOW = 1;
    static final int LOCKED = 2;
    private static final int ORDER = 8;
    /** Farthest a neighbouring partial is looked for: 20 bins, 470 Hz at 48 kHz, above any voice's pitch. */
    private static final int SERIES_REACH_BINS = 20;
    /** Partners inside the peak's own main lobe cannot be told apart from it. */
    private static final int MIN_DISTANCE_BINS = 4;
    /**
     * A partner is locked to the peak when its frequency is the peak's times the ratio to within this many Hz (the
     * estimate of a partial among others is good to a Hz or so). Tighter would miss real unisons; looser would take
     * a second howl that happens to sit near a harmonic ratio for a partial.
     */
    private static final double LOCK_HZ = 1.5;

    private final SpectrumFrame frame;
    /** Howls reported lately: another ringing mode of the loop is no partial, whatever its ratio. */
    private final RecentHowls recent;
    /** The first {@code phprCount} ratios count for the PHPR; all of them for a lock. */
    private final int phprCount;
    private final int[] numerators;
    private final int[] denominators;
    /** Each ratio's partner bin for the peak at bin {@link #binsOf}, worked out once for the PHPR and the lock. */
    private final int[] bins;
    private int binsOf = -1;
    /** A ratio already in the list (1/2 is also (n-1)/n for n = 2): its partner tells nothing new. */
    private final boolean[] repeated;
    private final PartnerBins partnerBins;
    /** The power share {@code 10^(-withinDb/10)} for the last {@code withinDb} asked for (always the same one). */
    private double shareDb = Double.NaN;
    private double share;

    HarmonicPartners(SpectrumFrame frame, RecentHowls recent) {
        this.frame = frame;
        this.recent = recent;
        phprCount = 5 + 2 * (ORDER - 1);
        int count = phprCount + ORDER - 4;
        numerators = new int[count];
        denominators = new int[count];
        int i = 0;
        i = ratio(i, 2, 1);
        i = ratio(i, 3, 1);
        i = ratio(i, 1, 2);
        i = ratio(i, 1, 3);
        i = ratio(i, 1, 4);
        for (int n = 2; n <= ORDER; n++) {
            i = ratio(i, n + 1, n);
            i = ratio(i, n - 1, n);
        }
        // for the lock only: the fundamental, were the peak the 5th to 8th partial. In a chord the partials next to
        // a high one crowd each other within a bin and their estimates go astray; the fundamentals stand clear
        for (int n = 5; n <= ORDER; n++) {
            i = ratio(i, 1, n);
        }
        bins = new int[count];
        repeated = new boolean[count];
        for (int j = 0; j < count; j++) {
            for (int e = 0; e < j; e++) {
                repeated[j] |= numerators[j] * denominators[e] == numerators[e] * denominators[j];
            }
        }
        partnerBins = new PartnerBins(numerators, denominators, frame.size / 2);
    }

    private int ratio(int i, int numerator, int denominator) {
        numerators[i] = numerator;
        denominators[i] = denominator;
        return i + 1;
    }

    /** Peak power over its strongest partner in frame {@code now}, dB (infinite if it has none). */
    double phprDb(int k, long now) {
        partnerBins(k);
        double partner = 0;
        for (int i = 0; i < phprCount; i++) {
            if (!repeated[i] && !recent.near(bins[i] * frame.binHz, now)) {
                partner = NonNegative.max(partner, partnerPower(k, bins[i]));
            }
        }
        return partner <= 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(frame.power[k] / partner);
    }

    /**
     * How a partner within {@code withinDb} of the peak (or stronger) sits exactly at its ratio to the peak's
     * frequency {@code hz}: {@link #LOCKED} to a neighbouring partial or an octave or twelfth, {@link #LOCKED_LOW}
     * only to a fundamental (the peak would be its 5th to 8th partial), {@link #UNLOCKED} to nothing. A partner
     * reported as a howl lately ({@link RecentHowls}) is not a partial.
     */
    int lock(int k, double hz, double withinDb, long now) {
        if (withinDb != shareDb) {
            share = Math.pow(10, -withinDb / 10);
            shareDb = withinDb;
        }
        double floor = frame.power[k] * share;
        partnerBins(k);
        int found = UNLOCKED;
        // once found, nothing later can change it: a lock to a neighbour or octave ends the search, and the ratios
        // after the first lock to a fundamental are all fundamentals
        for (int i = 0; i < numerators.length && found == UNLOCKED; i++) {
            if (repeated[i]) {
                continue;
            }
            int bin = bins[i];
            // the estimate needs the bins either side of the partner's top, which lies within one of {@code bin}
            if (bin < 2 || bin > frame.size / 2 - 2 || partnerPower(k, bin) < floor) {
                continue;
            }
            int top = strongestNear(bin);
            double partnerHz = frame.peakBin(top) * frame.binHz;
            double expected = hz * numerators[i] / denominators[i];
            if (Math.abs(partnerHz - expected) <= LOCK_HZ && !recent.near(partnerHz, now)) {
                found = i < phprCount ? LOCKED : LOCKED_LOW;
            }
        }
        return found != LOCKED && inSeries(k, hz, floor) ? LOCKED : found;
    }

    /**
     * Whether the peak is one of an evenly spaced series with the partials either side of it: the nearest peaks below
     * and above (within {@code floor}) sit at the same distance to {@link #LOCK_HZ}, and the peak at a whole multiple
     * of it. The ratios above stop at the 8th partial; a voice's formants lift its 10th to 25th, which a held
     * syllable keeps steady for a quarter of a second. A howl lands midway between two partials, where this would
     * also hold, once in some forty frames.
     */
    private boolean inSeries(int k, double hz, double floor) {
        int below = neighbourPeak(k, -1, floor);
        int above = neighbourPeak(k, 1, floor);
        if (below < 0 || above < 0) {
            return false;
        }
        double under = hz - frame.peakBin(below) * frame.binHz;
        double over = frame.peakBin(above) * frame.binHz - hz;
        double spacing = (under + over) / 2;
        if (Math.abs(under - over) > 2 * LOCK_HZ || spacing <= 0) {
            return false;
        }
        // the n-th partial at n times the spacing; an error in the spacing counts n times over
        double n = Math.rint(hz / spacing);
        return Math.abs(hz - n * spacing) <= LOCK_HZ * (1 + n / 2);
    }

    /** The nearest local maximum at or above {@code floor} on one side of {@code k}, outside its lobe; -1 if none. */
    private int neighbourPeak(int k, int direction, double floor) {
        double[] p = frame.power;
        int reach = Math.min(SERIES_REACH_BINS, k / 2);
        for (int d = MIN_DISTANCE_BINS - 1; d <= reach; d++) {
            int j = k + direction * d;
            if (j < 2 || j > frame.size / 2 - 2) {
                return -1;
            }
            if (p[j] >= floor && p[j] > p[j - 1] && p[j] >= p[j + 1]) {
                return j;
            }
        }
        return -1;
    }

    private void partnerBins(int k) {
        if (binsOf != k) {
            partnerBins.of(k, bins);
            binsOf = k;
        }
    }

    private double partnerPower(int k, int bin) {
        if (Math.abs(bin - k) >= MIN_DISTANCE_BINS) {
            return frame.powerNear(bin);
        }
        // in the lowest bins (k = 3: 60 to 82 Hz at 48 kHz) the octave lies inside that distance, and a bass note's
        // fundamental would seem to have none; its bins beyond the peak's main lobe (two bins) still show it
        return bin == 2 * k ? NonNegative.max(frame.power[bin], frame.power[bin + 1]) : 0.0;
    }

    private int strongestNear(int bin) {
        int best = bin;
        for (int j = bin - 1; j <= bin + 1; j++) {
            if (frame.power[j] > frame.power[best]) {
                best = j;
            }
        }
        return best;
    }
}
