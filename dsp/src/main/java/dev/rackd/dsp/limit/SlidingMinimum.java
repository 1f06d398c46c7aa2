package dev.rackd.dsp.limit;

/**
 * Minimum of the last {@code window} values pushed, in amortised constant time (a monotonic deque kept in two
 * preallocated rings). Allocation-free.
 */
final class SlidingMinimum {
    private final int window;
    private final int mask;
    private final double[] values;
    private final long[] positions;
    private int head;
    private int tail;
    private long count;

    SlidingMinimum(int window) {
        this.window = window;
        int capacity = Integer.highestOneBit(window) << 1;
        mask = capacity - 1;
        values = new double[capacity];
        positions = new long[capacity];
    }

    /** Adds a value and returns the minimum of the last {@code window} values (fewer at the start). */
    double push(double value) {
        while (tail != head && values[(tail - 1) & mask] >= value) {
            tail--;
        }
        values[tail & mask] = value;
        positions[tail & mask] = count;
        tail++;
        if (count - positions[head & mask] >= window) {
            head++;
        }
        count++;
        return values[head & mask];
    }

    /** Multiplies every value held by {@code factor} (positive): the order is kept. */
    void scale(double factor) {
        for (int i = head; i != tail; i++) {
            values[i & mask] *= factor;
        }
    }
}
