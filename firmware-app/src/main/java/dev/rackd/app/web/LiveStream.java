package dev.rackd.app.web;

import io.javalin.http.sse.SseClient;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open Server-Sent Event streams. Every tick goes to every page; a page whose previous send has not
 * finished (a phone on bad Wi-Fi) is skipped rather than allowed to hold the others up, and gets a whole
 * snapshot instead of the next delta so it never misses a change.
 */
final class LiveStream implements AutoCloseable {
    static final int MAX_CLIENTS = 32;
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
        page.stale = true;
        publish(null, null);
    }

    int size() {
        return pages.size();
    }

    /** Sends {@code event} with {@code data} to every page that keeps up; lagging ones get a snapshot later. */
    void publish(String event, String data) {
        String[] whole = new String[1];
        for (Page p : pages) {
            if (!p.busy.compareAndSet(false, true)) {
                p.stale = true;
                continue;
            }
            boolean catchUp = p.stale;
            p.stale = false;
            String payload;
            if (catchUp) {
                if (whole[0] == null) {
                    whole[0] = snapshot.get();
                }
                payload = whole[0];
            } else if (event == null) {
                p.busy.set(false);
                continue;
            } else {
                payload = data;
            }
            String name = catchUp ? "snapshot" : event;
            senders.execute(() -> p.send(name, payload));
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
        final AtomicBoolean busy = new AtomicBoolean();
        volatile boolean stale;

        Page(SseClient client) {
            this.client = client;
        }

        void send(String event, String data) {
            try {
                client.sendEvent(event, data);
                if (client.terminated()) {
                    pages.remove(this);
                }
            } catch (RuntimeException e) {
                log.debug("dashboard stream closed: {}", e.toString());
                pages.remove(this);
                client.close();
            } finally {
                busy.set(false);
            }
        }
    }
}
