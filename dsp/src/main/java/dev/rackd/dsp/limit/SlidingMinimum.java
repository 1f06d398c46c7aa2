package dev.rackd.dsp.limit;

import java.util.Arrays;

/**
 * Minimum of the last {@code window} values pushed, in constant time and without a branch on the values (van Herk /
 * Gil-Werman). Values arrive in blocks of {@code window}; the minimum of a window is the minimum of a suffix of the
 * previous block and a prefix of the current one, and the suffix minima of a block are worked out once, when it is
 * complete. The usual monotonic deque pops a data-dependent number of values per push: while the limiter works,
 * those pops were most of its time in mispredicted branches. The values (gains) are positive, so their bit patterns
 * order as they do, and the minima are taken on those: a minimum of two longs is a compare and a conditional move,
 * where a minimum of two doubles must also mind NaN and the sign of zero. Allocation-free.
 */
final class SlidingMinimum {
    private static final long INFINITY = Double.doubleToRawLongBits(Double.POSITIVE_INFINITY);
    private final int window;
    /** Suffix minima of the last complete block, and +infinity one past its end (no part of it left in the window). */
    private final long[] suffix;
    private final long[] block;
    private int at;
    private long prefix = INFINITY;

    SlidingMinimum(int window) {
        this.window = window;
        suffix = new long[window + 1];
        Arrays.fill(suffix, INFINITY);
        block = new long[window];
    }

    /** Adds a value (positive) and returns the minimum of the last {@code window} values (fewer at the start). */
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

    /** Forgets every value: the next minimum is of what is pushed from now on. */
    void clear() {
        Arrays.fill(suffix, INFINITY);
        at = 0;
        prefix = INFINITY;
    }

    /** Multiplies every value held by {@code factor} (positive): minima scale with them. */
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
