package dev.rackd.app.systemd;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Proves an executor (MQTT callbacks, alert rules) still runs tasks: every look at its progress queues a
 * tiny task on it, and only that task, run by the executor itself, moves the counter. A blocked or dead
 * executor therefore stalls, however lively the watchdog's own timer is.
 */
public final class ExecutorHeartbeat implements ProgressSource {
    private final String name;
    private final Executor executor;
    private final Duration maxStall;
    private final AtomicLong beats = new AtomicLong();
    private final AtomicBoolean queued = new AtomicBoolean();

    public ExecutorHeartbeat(String name, Executor executor, Duration maxStall) {
        this.name = name;
        this.executor = executor;
        this.maxStall = maxStall;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public long progress() {
        if (queued.compareAndSet(false, true)) {
            try {
                executor.execute(() -> {
                    beats.incrementAndGet();
                    queued.set(false);
                });
            } catch (RejectedExecutionException e) {
                queued.set(false); // shut down: no beats, so it stalls
            }
        }
        return beats.get();
    }

    @Override
    public Duration maxStall() {
        return maxStall;
    }
}
