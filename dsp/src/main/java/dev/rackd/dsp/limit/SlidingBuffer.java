package dev.rackd.dsp.limit;

import java.util.Arrays;

/**
 * The last {@code history} values of a stream, then room for what comes next, in one array: contiguous, so that
 * loops read it at plain offsets without a ring's wrap, and moved back to the front only when the room runs out
 * (every few chunks) rather than shifted along by every chunk. Allocation-free.
 */
final class SlidingBuffer {
    final double[] data;
    private final int history;
    private int end;

    SlidingBuffer(int history, int room) {
        this.history = history;
        data = new double[history + room];
        end = history;
    }

    /**
     * Makes room for {@code n} values (at most the room) and returns where they go: the {@code history} values
     * before that index are the last ones appended.
     */
    int reserve(int n) {
        if (end + n > data.length) {
            System.arraycopy(data, end - history, data, 0, history);
            end = history;
        }
        return end;
    }

    /** The {@code n} values from {@link #reserve} are in: they are the latest now. */
    void commit(int n) {
        end += n;
    }

    /** Index just past the latest value. */
    int end() {
        return end;
    }

    /** History all zeros. */
    void clear() {
        Arrays.fill(data, 0.0);
        end = history;
    }
}
