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

    private static void sortEight(long[] v, int o) {
        exchange(v, o, 0, 2);
        exchange(v, o, 1, 3);
        exchange(v, o, 4, 6);
        exchange(v, o, 5, 7);
        exchange(v, o, 0, 4);
        exchange(v, o, 1, 5);
        exchange(v, o, 2, 6);
        exchange(v, o, 3, 7);
        exchange(v, o, 0, 1);
        exchange(v, o, 2, 3);
        exchange(v, o, 4, 5);
        exchange(v, o, 6, 7);
        exchange(v, o, 2, 4);
        exchange(v, o, 3, 5);
        exchange(v, o, 1, 4);
        exchange(v, o, 3, 6);
        exchange(v, o, 1, 2);
        exchange(v, o, 3, 4);
        exchange(v, o, 5, 6);
    }

    private static void exchange(long[] v, int o, int i, int j) {
        long a = v[o + i];
        long b = v[o + j];
        v[o + i] = Math.min(a, b);
        v[o + j] = Math.max(a, b);
    }
}
