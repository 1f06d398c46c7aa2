package dev.rackd.dsp.howl;

/**
 * The median of sixteen powers without a branch that depends on them. A quickselect over the spectrum's bins
 * mispredicts most of its comparisons (noise has no order to learn), and the howl detector takes dozens of medians a
 * frame; here both halves are sorted by the optimal eight-input network (19 compare-exchanges, Knuth vol. 3 5.3.4)
 * and the median is read off the two sorted halves with minima and maxima. The values are the bit patterns of
 * non-negative doubles, which order as the doubles do, and a minimum of two longs is one conditional move where a
 * minimum of two doubles must also mind NaN and the sign of zero.
 */
final class Selection {
    static final int COUNT = 16;
    private static final int HALF = COUNT / 2;

    private Selection() {
    }

    /** Lower median (the eighth smallest) of {@code v[0..16)}, bit patterns of non-negative doubles; reorders them. */
    static double lowerMedianOf16(long[] v) {
        sortEight(v, 0);
        sortEight(v, HALF);
        // the eighth smallest of two sorted halves a and b is min over i of max(a[i-1], b[7-i]), the i smallest of
        // a and the 8 - i smallest of b being candidates for the eight smallest of all
        long median = Math.min(v[HALF - 1], v[COUNT - 1]);
        for (int i = 1; i < HALF; i++) {
            median = Math.min(median, Math.max(v[i - 1], v[HALF + HALF - 1 - i]));
        }
        return Double.longBitsToDouble(median);
    }

    /**
     * Sorts {@code v[o..o+8)}. The eight values are held in locals through the network and written back once: an
     * exchange in the array would load and store both elements each time.
     */
    private static void sortEight(long[] v, int o) {
        long a0 = v[o];
        long a1 = v[o + 1];
        long a2 = v[o + 2];
        long a3 = v[o + 3];
        long a4 = v[o + 4];
        long a5 = v[o + 5];
        long a6 = v[o + 6];
        long a7 = v[o + 7];
        long t;
        // (0,2) (1,3) (4,6) (5,7)
        t = Math.min(a0, a2); a2 = Math.max(a0, a2); a0 = t;
        t = Math.min(a1, a3); a3 = Math.max(a1, a3); a1 = t;
        t = Math.min(a4, a6); a6 = Math.max(a4, a6); a4 = t;
        t = Math.min(a5, a7); a7 = Math.max(a5, a7); a5 = t;
        // (0,4) (1,5) (2,6) (3,7)
        t = Math.min(a0, a4); a4 = Math.max(a0, a4); a0 = t;
        t = Math.min(a1, a5); a5 = Math.max(a1, a5); a1 = t;
        t = Math.min(a2, a6); a6 = Math.max(a2, a6); a2 = t;
        t = Math.min(a3, a7); a7 = Math.max(a3, a7); a3 = t;
        // (0,1) (2,3) (4,5) (6,7)
        t = Math.min(a0, a1); a1 = Math.max(a0, a1); a0 = t;
        t = Math.min(a2, a3); a3 = Math.max(a2, a3); a2 = t;
        t = Math.min(a4, a5); a5 = Math.max(a4, a5); a4 = t;
        t = Math.min(a6, a7); a7 = Math.max(a6, a7); a6 = t;
        // (2,4) (3,5)
        t = Math.min(a2, a4); a4 = Math.max(a2, a4); a2 = t;
        t = Math.min(a3, a5); a5 = Math.max(a3, a5); a3 = t;
        // (1,4) (3,6)
        t = Math.min(a1, a4); a4 = Math.max(a1, a4); a1 = t;
        t = Math.min(a3, a6); a6 = Math.max(a3, a6); a3 = t;
        // (1,2) (3,4) (5,6)
        t = Math.min(a1, a2); a2 = Math.max(a1, a2); a1 = t;
        t = Math.min(a3, a4); a4 = Math.max(a3, a4); a3 = t;
        t = Math.min(a5, a6); a6 = Math.max(a5, a6); a5 = t;
        v[o] = a0;
        v[o + 1] = a1;
        v[o + 2] = a2;
        v[o + 3] = a3;
        v[o + 4] = a4;
        v[o + 5] = a5;
        v[o + 6] = a6;
        v[o + 7] = a7;
    }
}
