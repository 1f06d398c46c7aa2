package dev.rackd.hal.wireless.link;

import dev.rackd.hal.Device;
import dev.rackd.hal.DeviceListener;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A driver whose one thread owns its link (virtual for sockets; a platform thread for serial ports, whose
 * blocking native reads would pin a virtual thread's carrier and starve the others): {@link #run()} loops until {@link #closed}, reporting through
 * {@link #link} and counting {@link #cycles}. Closing waits up to 1.5 s for the loop to say goodbye to the device,
 * then forces the transport shut.
 */
public abstract class LinkDevice implements Device {
    private final String id;
    private final String kind;
    private final boolean platformThread;
    protected final AtomicLong cycles = new AtomicLong();
    protected volatile boolean closed;
    protected volatile LinkState link;
    private volatile Thread thread;

    protected LinkDevice(String id, String kind, boolean platformThread) {
        this.id = id;
        this.kind = kind;
        this.platformThread = platformThread;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final synchronized void start(DeviceListener listener) {
        if (thread != null) {
            throw new IllegalStateException(id + " already started");
        }
        link = new LinkState(id, listener, cycles);
        thread = (platformThread ? Thread.ofPlatform().daemon() : Thread.ofVirtual()).name(kind + "-" + id)
                .start(this::run);
    }

    @Override
    public final long cycles() {
        return cycles.get();
    }

    public final boolean online() {
        LinkState l = link;
        return l != null && l.online();
    }

    @Override
    public final void close() {
        closed = true;
        Thread t = thread;
        if (t == null) {
            return;
        }
        try {
            t.join(1_500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (t.isAlive()) {
            forceClose();
        }
        t.interrupt();
    }

    /** The owner thread's loop. */
    protected abstract void run();

    /** Shuts the transport from outside when the loop did not finish in time. */
    protected void forceClose() {
    }
}
