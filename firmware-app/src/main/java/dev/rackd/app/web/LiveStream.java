package dev.rackd.app.web;

import io.javalin.http.sse.SseClient;
import java.util.ArrayDeque;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open Server-Sent Event streams. Each page has its own short queue and its own sender (a virtual
 * thread while there is something to send), so a phone on bad Wi-Fi never holds the others up; a page
 * that falls {@link #MAX_PENDING} messages behind gets one whole snapshot instead, and misses nothing.
 */
final class LiveStream implements AutoCloseable {
    static final int MAX_CLIENTS = 32;
    static final int MAX_PENDING = 8;
    private static final Logger log = LoggerFactory.getLogger(LiveStream.class);

    private final Set<Page> pages = ConcurrentHashMap.newKeySet();
    private final ExecutorService senders = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("rackd-web-send-", 0).factory());
    private final Supplier<String> snapshot;

    /** @param snapshot the whole state, as a JSON string, for new and lagging pages */
    LiveStream(Supplier<String> snapshot) {
        this.snapshot = snapshot;
    }

    void open(SseClient client) {
        if (pages.size() >= MAX_CLIENTS) {
            client.sendEvent("refused", "{\"message\":\"too many dashboards open (" + MAX_CLIENTS + "); try later\"}");
            client.close();
            return;
        }
        Page page = new Page(client);
        pages.add(page);
        client.onClose(() -> pages.remove(page));
        client.keepAlive();
        page.catchUp();
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
        pages.forEach(p -> p.client.close());
        pages.clear();
        senders.shutdownNow();
    }

    private final class Page {
        final SseClient client;
        private final ArrayDeque<String[]> pending = new ArrayDeque<>();
        private boolean stale;
        private boolean sending;

        Page(SseClient client) {
            this.client = client;
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
                client.sendEvent(event, data);
                if (!client.terminated()) {
                    return true;
                }
            } catch (RuntimeException e) {
                log.debug("dashboard stream closed: {}", e.toString());
                client.close();
            }
            pages.remove(this);
            return false;
        }
    }
}
