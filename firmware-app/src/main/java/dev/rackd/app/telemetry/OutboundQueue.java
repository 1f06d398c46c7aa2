package dev.rackd.app.telemetry;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Messages waiting for the broker, bounded. A retained message replaces the waiting one of the same topic
 * (only the latest state matters and an older one must never overwrite it); other messages keep their
 * order. When full, the oldest message is dropped and counted. A sender waiting for the broker's
 * acknowledgement hears of a drop at once, and of a replaced retained message when its newer state is
 * acknowledged.
 *
 * <p>Why not Paho's own disconnected buffer: it cannot coalesce, so a ten-minute outage of a rack
 * publishing 150 metrics a second would push out everything else, and it flushes on its own thread
 * after reconnect, where older buffered state could land on top of the state re-published on connect.
 */
final class OutboundQueue {
    private final int capacity;
    private final LinkedHashMap<Object, Outbound> waiting = new LinkedHashMap<>();
    private long sequence;
    private long dropped;

    OutboundQueue(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("buffer capacity must be at least 1, got " + capacity);
        }
        this.capacity = capacity;
    }

    synchronized void offer(Outbound m) {
        Object key = m.retained() ? m.topic() : Long.valueOf(sequence++);
        Outbound replaced = waiting.remove(key); // re-inserting moves a replaced retained message to the tail
        if (replaced != null) {
            replaced.supersededBy(m);
        }
        waiting.put(key, m);
        if (waiting.size() > capacity) {
            Iterator<Map.Entry<Object, Outbound>> it = waiting.entrySet().iterator();
            it.next().getValue().fail("dropped: the outbound buffer of " + capacity + " messages was full");
            it.remove();
            dropped++;
        }
        notifyAll();
    }

    /** The oldest waiting message, or null after {@code timeoutMillis} with none. */
    synchronized Outbound poll(long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (waiting.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        Iterator<Outbound> it = waiting.values().iterator();
        Outbound m = it.next();
        it.remove();
        return m;
    }

    synchronized int size() {
        return waiting.size();
    }

    /** Messages dropped since the last call. */
    synchronized long takeDropped() {
        long d = dropped;
        dropped = 0;
        return d;
    }

    /** Empties the queue; whoever waits for an acknowledgement hears why it will not come. */
    synchronized void failAll(String why) {
        waiting.values().forEach(m -> m.fail(why));
        waiting.clear();
    }

    /** Wakes a waiting {@link #poll} (e.g. on connection change). */
    synchronized void wake() {
        notifyAll();
    }
}
