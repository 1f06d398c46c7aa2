package dev.rackd.dsp;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The cursors of a bounded single-producer single-consumer ring of preallocated slots (the Disruptor's idea without
 * its machinery). The producer (the audio thread) never waits: when the ring is full the new entry is dropped and
 * counted. The consumer may be any one thread.
 */
abstract class SpscSlots<T> {
    private final int mask;
    private final AtomicLong head = new AtomicLong();
    private final AtomicLong tail = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();

    SpscSlots(int capacity) {
        if (capacity < 2 || Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("ring capacity must be a power of two of at least 2, not " + capacity);
        }
        mask = capacity - 1;
    }

    final int capacity() {
        return mask + 1;
    }

    /** Producer: the slot to fill, or -1 if the ring is full (the entry is then counted as dropped). */
    final int claim() {
        long h = head.getPlain();
        if (h - tail.getAcquire() > mask) {
            dropped.setRelease(dropped.getPlain() + 1);
            return -1;
        }
        return (int) (h & mask);
    }

    /** Producer: makes the slot last claimed visible to the consumer. */
    final void publish() {
        head.setRelease(head.getPlain() + 1);
    }

    /** Consumer: the next slot to read, or -1 if the ring is empty. */
    final int next() {
        long t = tail.getAcquire();
        return t == head.getAcquire() ? -1 : (int) (t & mask);
    }

    /** Consumer: hands the slot just read back to the producer. */
    final void release() {
        tail.setRelease(tail.getAcquire() + 1);
    }

    /** The oldest entry not yet read, or null. One reader at a time. */
    public abstract T poll();

    /** Hands every waiting entry to {@code sink}, oldest first; returns how many. */
    public final int drain(Consumer<? super T> sink) {
        int n = 0;
        for (T e = poll(); e != null; e = poll()) {
            sink.accept(e);
            n++;
        }
        return n;
    }

    /** Drops every waiting entry unread (no records made); returns how many. For readers with nothing to learn. */
    public final int discard() {
        long t = tail.getAcquire();
        long h = head.getAcquire();
        tail.setRelease(h);
        return (int) (h - t);
    }

    /** Entries lost because the consumer did not keep up. */
    public final long dropped() {
        return dropped.getAcquire();
    }
}
