package dev.rackd.app.alerts;

import dev.rackd.app.state.StateStore;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes state files on a thread of its own so that fsync on an SD card never holds up the alert
 * engine; when a name is written faster than the card keeps up, only its newest content is written.
 */
final class StateWriter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StateWriter.class);

    private final StateStore store;
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
            } catch (java.util.concurrent.RejectedExecutionException e) {
                drain(); // closing: write on the caller's thread rather than lose it
            }
        }
    }

    /** Writes synchronously, for what must be on the card before going on (sequence reservations). */
    void writeNow(String name, byte[] content) throws IOException {
        store.write(name, content);
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
                store.write(next.getKey(), next.getValue());
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
