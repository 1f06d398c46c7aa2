package dev.rackd.app.alerts;

import dev.rackd.app.state.StateStore;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes state files on a thread of its own so that fsync on an SD card never holds up the alert
 * engine; when a name is written faster than the card keeps up, only its newest content is written.
 * {@link #writeThrough} waits, for what must be on the card before anybody hears of it.
 */
final class StateWriter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StateWriter.class);

    private final StateStore store;
    /** Newest content per name, in order; null deletes the name. */
    private final Map<String, byte[]> pending = new LinkedHashMap<>();
    private final ExecutorService disk = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "rackd-alert-state");
        t.setDaemon(true);
        return t;
    });

    StateWriter(StateStore store) {
        this.store = store;
    }

    void submit(String name, byte[] content) {
        boolean schedule;
        synchronized (pending) {
            schedule = pending.isEmpty();
            pending.put(name, content);
        }
        if (schedule) {
            try {
                disk.execute(this::drain);
            } catch (RejectedExecutionException e) {
                drain(); // closing: write on the caller's thread rather than lose it
            }
        }
    }

    /** Deletes the name, in order with the writes handed over before. */
    void delete(String name) {
        submit(name, null);
    }

    /** Writes synchronously, for what must be on the card before going on (sequence reservations). */
    void writeNow(String name, byte[] content) throws IOException {
        store.write(name, content);
    }

    /**
     * Hands {@code content} over and waits until the disk thread has written it, after everything handed over before
     * (so an older content of the name cannot land on top). Gives up waiting after {@code limit}: a card that hangs
     * must not stop the alerts. A failed write is logged, as any.
     */
    void writeThrough(String name, byte[] content, Duration limit) {
        submit(name, content);
        try {
            disk.submit(() -> {}).get(limit.toMillis(), TimeUnit.MILLISECONDS); // runs after the drain that wrote it
        } catch (RejectedExecutionException e) {
            drain(); // closing
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.error("alert state '{}' not on the card after {} ms; going on without waiting", name,
                    limit.toMillis());
        }
    }

    private void drain() {
        while (true) {
            Map.Entry<String, byte[]> next;
            synchronized (pending) {
                var it = pending.entrySet().iterator();
                if (!it.hasNext()) {
                    return;
                }
                next = it.next();
                it.remove();
            }
            try {
                if (next.getValue() == null) {
                    store.delete(next.getKey());
                } else {
                    store.write(next.getKey(), next.getValue());
                }
            } catch (IOException | RuntimeException e) {
                LOG.error("could not save alert state '{}': {}", next.getKey(), e.getMessage());
            }
        }
    }

    /** Writes what is pending and stops. */
    @Override
    public void close() {
        disk.shutdown();
        try {
            if (!disk.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.error("alert state still being written after 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        drain();
    }
}
