package dev.rackd.app.web;

import io.javalin.http.sse.SseClient;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open Server-Sent Event streams. Each page has its own short queue and its own sender (a virtual
 * thread while there is something to send), so a phone on bad Wi-Fi never holds the others up; a page
 * that falls {@link #MAX_PENDING} messages behind gets one whole snapshot instead, and misses nothing.
 *
 * <p>At most {@link #MAX_CLIENTS} pages at once. A phone that leaves the venue Wi-Fi without a goodbye
 * leaves its stream open on this side until the connection times out, and reopens a new one when it is
 * back: when every place is taken, the page that has taken nothing for {@link #STALLED} gives its place to
 * the newcomer; only when all are taking their messages is the newcomer refused.
 */
final class LiveStream implements AutoCloseable {
    static final int MAX_CLIENTS = 32;
    static final int MAX_PENDING = 8;
    /** A page sent one message a second that has taken none for this long is gone, whatever TCP says. */
    static final Duration STALLED = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(LiveStream.class);

    private final Set<Page> pages = ConcurrentHashMap.newKeySet();
    private final ExecutorService senders = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("rackd-web-send-", 0).factory());
    private final Supplier<String> snapshot;
    private final LongSupplier nanoTime;

    /** @param snapshot the whole state, as a JSON string, for new and lagging pages */
    LiveStream(Supplier<String> snapshot) {
        this(snapshot, System::nanoTime);
    }

    LiveStream(Supplier<String> snapshot, LongSupplier nanoTime) {
        this.snapshot = snapshot;
        this.nanoTime = nanoTime;
    }

    void open(SseClient client) {
        Page page = admit(PageStream.of(client));
        if (page != null) {
            client.onClose(() -> pages.remove(page));
            client.keepAlive();
            page.catchUp();
        }
    }

    /** Admits a page and sends it the whole picture; false when it was refused (and told so). */
    boolean open(PageStream stream) {
        Page page = admit(stream);
        if (page != null) {
            page.catchUp();
        }
        return page != null;
    }

    /** A new page, or null when every place is taken by pages that take their messages (the stream is told so). */
    private Page admit(PageStream stream) {
        Page page = null;
        Page evicted = null;
        synchronized (pages) {
            if (pages.size() >= MAX_CLIENTS) {
                evicted = stalled();
                if (evicted != null) {
                    pages.remove(evicted);
                }
            }
            if (pages.size() < MAX_CLIENTS) {
                page = new Page(stream, nanoTime.getAsLong());
                pages.add(page);
            }
        }
        // the talking is done outside the lock: a stream may take its time
        if (evicted != null) {
            log.info("dashboard: a page that took nothing for {} s makes room for a new one",
                    (nanoTime.getAsLong() - evicted.lastTakenNanos) / 1_000_000_000L);
            evicted.stream.close();
        }
        if (page == null) {
            stream.send("refused", "{\"message\":\"too many dashboards open (" + MAX_CLIENTS + "); the page tries"
                    + " again shortly\"}");
            stream.close();
        }
        return page;
    }

    /** The page that has taken nothing the longest, if that is {@link #STALLED} or more; else null. */
    private Page stalled() {
        Page stalest = null;
        for (Page p : pages) {
            if (stalest == null || p.lastTakenNanos - stalest.lastTakenNanos < 0) {
                stalest = p;
            }
        }
        return stalest != null && nanoTime.getAsLong() - stalest.lastTakenNanos >= STALLED.toNanos() ? stalest : null;
    }

    int size() {
        return pages.size();
    }

    /** Queues {@code event} with {@code data} for every page. */
    void publish(String event, String data) {
        for (Page p : pages) {
            p.offer(event, data);
        }
    }

    @Override
    public void close() {
        pages.forEach(p -> p.stream.close());
        pages.clear();
        senders.shutdownNow();
    }

    private final class Page {
        final PageStream stream;
        private final ArrayDeque<String[]> pending = new ArrayDeque<>();
        private boolean stale;
        private boolean sending;
        /** When the page last took a message (or came in). */
        private volatile long lastTakenNanos;

        Page(PageStream stream, long nowNanos) {
            this.stream = stream;
            lastTakenNanos = nowNanos;
        }

        void catchUp() {
            synchronized (this) {
                stale = true;
                pending.clear();
            }
            kick();
        }

        void offer(String event, String data) {
            synchronized (this) {
                if (pending.size() >= MAX_PENDING) {
                    pending.clear();
                    stale = true;
                } else if (!stale) {
                    pending.add(new String[] {event, data});
                }
            }
            kick();
        }

        private void kick() {
            synchronized (this) {
                if (sending) {
                    return;
                }
                sending = true;
            }
            try {
                senders.execute(this::drain);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                synchronized (this) {
                    sending = false;
                }
            }
        }

        private void drain() {
            while (true) {
                String[] next;
                synchronized (this) {
                    if (stale) {
                        stale = false;
                        pending.clear();
                        next = new String[] {"snapshot", null};
                    } else {
                        next = pending.poll();
                        if (next == null) {
                            sending = false;
                            return;
                        }
                    }
                }
                if (!send(next[0], next[1] == null ? snapshot.get() : next[1])) {
                    return;
                }
            }
        }

        private boolean send(String event, String data) {
            try {
                stream.send(event, data);
                if (!stream.terminated()) {
                    lastTakenNanos = nanoTime.getAsLong();
                    return true;
                }
            } catch (RuntimeException e) {
                log.debug("dashboard stream closed: {}", e.toString());
                stream.close();
            }
            pages.remove(this);
            return false;
        }
    }
}
