package dev.rackd.app.alerts;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * What still has to reach the broker, in order. Events stay until the broker acknowledged them and are
 * saved with the state, so a broker outage (or a restart during one) loses none; when more pile up than
 * the outbox holds, the oldest {@code info} events go first, then the oldest of any severity.
 * Retained alert states are not saved: after every connect the open alerts are sent afresh anyway.
 * Publisher thread only.
 */
final class Outbox {
    /**
     * @param seq      the event's sequence number (0 for a retained alert state)
     * @param retained a retained alert state rather than an event
     */
    record Item(long seq, Severity severity, String topic, byte[] payload, boolean retained) {}

    private final ArrayDeque<Item> queue = new ArrayDeque<>();
    private final int capacity;
    private long dropped;
    private int eventCount;

    Outbox(int capacity) {
        this.capacity = capacity;
    }

    void add(Item item) {
        queue.addLast(item);
        if (!item.retained() && ++eventCount > capacity) {
            dropOne();
        }
    }

    /** Puts already-sent events back in front, for a replay after a reconnect. */
    void replay(List<Item> sent) {
        for (int i = sent.size() - 1; i >= 0; i--) {
            queue.addFirst(sent.get(i));
            eventCount++;
        }
    }

    /** Forgets retained states: a fresh set of them follows every connect. */
    void dropRetained() {
        queue.removeIf(Item::retained);
    }

    /** How many events it holds at most. */
    int capacity() {
        return capacity;
    }

    Item head() {
        return queue.peekFirst();
    }

    void removeHead() {
        if (!queue.removeFirst().retained()) {
            eventCount--;
        }
    }

    boolean isEmpty() {
        return queue.isEmpty();
    }

    /** Unsent events, oldest first: what is saved. */
    List<Item> events() {
        List<Item> out = new ArrayList<>();
        queue.forEach(i -> {
            if (!i.retained()) {
                out.add(i);
            }
        });
        return out;
    }

    /** Events dropped for lack of room since the last call. */
    long takeDropped() {
        long d = dropped;
        dropped = 0;
        return d;
    }

    private void dropOne() {
        for (Iterator<Item> it = queue.iterator(); it.hasNext(); ) {
            Item i = it.next();
            if (!i.retained() && i.severity() == Severity.INFO) {
                it.remove();
                dropped++;
                eventCount--;
                return;
            }
        }
        for (Iterator<Item> it = queue.iterator(); it.hasNext(); ) {
            if (!it.next().retained()) {
                it.remove();
                dropped++;
                eventCount--;
                return;
            }
        }
    }
}
