package dev.rackd.hal.amps;

import dev.rackd.hal.DeviceListener;
import dev.rackd.hal.amps.AmpCommandException.Reason;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What every amp driver shares: the one owner thread, the command queue, the online flag, the progress
 * counter and the way of going offline. A subclass supplies the loop that owns its link.
 *
 * @param <L> the link the owner thread talks through
 */
public abstract class AmpDriver<L> implements AmpControl {
    private final String id;
    private final int channels;
    private final String threadName;
    private final AtomicLong cycles = new AtomicLong();
    private volatile Thread owner;
    protected final AmpJobs<L> jobs;
    protected volatile boolean running;
    protected volatile boolean online;
    protected AmpReporter reporter;

    /** @param where the amp's address, for messages */
    protected AmpDriver(String id, int channels, String threadName, String where) {
        this.id = id;
        this.channels = channels;
        this.threadName = threadName;
        this.jobs = new AmpJobs<>(() -> new AmpCommandException(Reason.OFFLINE,
                "amp " + id + " is offline (" + where + " not answering); nothing was sent"));
    }

    /** Runs on the owner thread until {@link #running} goes false. */
    protected abstract void run();

    /** Called once in {@link #start} with the reporter set, before the owner thread starts. */
    protected void prepare() {}

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final int channels() {
        return channels;
    }

    @Override
    public final boolean online() {
        return online;
    }

    @Override
    public final long cycles() {
        return cycles.get();
    }

    @Override
    public final synchronized void start(DeviceListener listener) {
        if (running) {
            return;
        }
        reporter = new AmpReporter(id, listener);
        prepare();
        running = true;
        owner = Thread.ofVirtual().name(threadName).start(this::run);
    }

    @Override
    public void close() {
        running = false;
        Thread t = owner;
        if (t != null) {
            t.interrupt();
            try {
                t.join(Duration.ofSeconds(3));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        jobs.refuseAll("amp " + id + ": rackd is stopping; nothing was sent");
    }

    /** Hands a command to the owner thread, or refuses it at once while the amp is offline. */
    protected final <T> CompletableFuture<T> submit(AmpJobs.Step<L, T> step) {
        CompletableFuture<T> f = jobs.submit(running && online, step);
        if (!running) {
            jobs.refuseAll("amp " + id + ": rackd is stopping; nothing was sent");
        }
        return f;
    }

    /** One more turn of the loop, for the watchdog. */
    protected final void tick() {
        cycles.incrementAndGet();
    }

    /** Waits while offline, refusing commands as they come. */
    protected final void idle(Duration wait) {
        jobs.idle(wait, () -> running, this::tick);
    }

    protected final void goOffline(String reason) {
        online = false;
        jobs.refuseAll("amp " + id + " went offline: " + reason + "; nothing was sent");
        reporter.offline(reason);
    }
}
