package dev.rackd.hal.poll;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that owns a bus (a serial port, a 1-Wire master, an I2C bus). Devices on the bus
 * register a {@link Job} with their own cadence; the loop runs whichever is due, one at a time, so
 * nobody else ever touches the transport. One-off work (an energy reset) is queued with
 * {@link #submit} and runs between polls.
 *
 * <p>A job that overruns is not caught up in a burst: its next run is one period after it was due, or
 * now if that has passed already. A job that throws is logged and the loop goes on.
 */
public final class BusLoop implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BusLoop.class);

    /** A device's poll, run on the bus thread. */
    public interface Job {
        Duration period();

        void run();
    }

    private final String name;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Map<Job, Long> dueNanos = new LinkedHashMap<>();
    private final ArrayDeque<Task> tasks = new ArrayDeque<>();
    private Thread thread;
    private boolean closed;

    /** @param name names the thread, e.g. "modbus /dev/ttyUSB0" */
    public BusLoop(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** Adds a job, due at once; starts the thread on the first job. */
    public void add(Job job) {
        lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("bus loop " + name + " is closed");
            }
            dueNanos.put(job, System.nanoTime());
            if (thread == null) {
                thread = Thread.ofVirtual().name(name).start(this::loop);
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** @return true when no job is left */
    public boolean remove(Job job) {
        lock.lock();
        try {
            dueNanos.remove(job);
            return dueNanos.isEmpty();
        } finally {
            lock.unlock();
        }
    }

    /** Runs {@code task} on the bus thread before the next poll; fails the future if the loop is closed. */
    public <T> CompletableFuture<T> submit(Callable<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        lock.lock();
        try {
            if (closed || thread == null) {
                result.completeExceptionally(new IllegalStateException("bus " + name + " is not running"));
                return result;
            }
            tasks.add(new Task(() -> {
                try {
                    result.complete(task.call());
                } catch (Exception e) {
                    result.completeExceptionally(e);
                }
            }, result));
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        return result;
    }

    /** True when called from this loop's own thread. */
    public boolean isBusThread() {
        return Thread.currentThread() == thread;
    }

    private void loop() {
        while (true) {
            Runnable next = takeNext();
            if (next == null) {
                return;
            }
            try {
                next.run();
            } catch (RuntimeException | LinkageError e) {
                // A driver bug or a native library that failed to load: report, keep the bus alive.
                LOG.error("bus {}: a poll failed unexpectedly", name, e);
            }
        }
    }

    private Runnable takeNext() {
        lock.lock();
        try {
            while (true) {
                if (closed) {
                    return null;
                }
                Task task = tasks.poll();
                if (task != null) {
                    return task.body();
                }
                Map.Entry<Job, Long> earliest = null;
                for (Map.Entry<Job, Long> e : dueNanos.entrySet()) {
                    if (earliest == null || e.getValue() - earliest.getValue() < 0) {
                        earliest = e;
                    }
                }
                long now = System.nanoTime();
                if (earliest == null) {
                    changed.await();
                } else if (earliest.getValue() - now <= 0) {
                    Job job = earliest.getKey();
                    long next = earliest.getValue() + job.period().toNanos();
                    earliest.setValue(next - now < 0 ? now : next);
                    return job::run;
                } else {
                    changed.awaitNanos(earliest.getValue() - now);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            lock.unlock();
        }
    }

    /** Stops the thread after the poll in progress (bounded by the transport's own timeouts). */
    @Override
    public void close() {
        Thread t;
        lock.lock();
        try {
            closed = true;
            dueNanos.clear();
            tasks.forEach(queued -> queued.result().completeExceptionally(
                    new IllegalStateException("bus " + name + " closed before the task ran")));
            tasks.clear();
            changed.signalAll();
            t = thread;
        } finally {
            lock.unlock();
        }
        if (t != null && t != Thread.currentThread()) {
            try {
                if (!t.join(Duration.ofSeconds(5))) {
                    LOG.warn("bus {} did not stop within 5 s", name);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private record Task(Runnable body, CompletableFuture<?> result) {}
}
