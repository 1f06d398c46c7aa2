package dev.rackd.hal.poll;

import dev.rackd.hal.Device;
import dev.rackd.hal.DeviceListener;
import dev.rackd.hal.Reading;
import java.time.Duration;
import java.util.List;

/**
 * A device polled on a {@link BusLoop} it may share with others on the same bus (1-Wire sensors under one
 * master, INA monitors on one I2C bus). The last device to close stops the loop.
 */
public abstract class PolledDevice implements Device {
    private final String id;
    private final BusLoop loop;
    private final DeviceHealth health;
    private final BusLoop.Job job;

    protected PolledDevice(String id, Duration poll, int offlineAfterFailures, BusLoop loop) {
        this.id = id;
        this.loop = loop;
        this.health = new DeviceHealth(id, offlineAfterFailures);
        this.job = new BusLoop.Job() {
            @Override
            public Duration period() {
                return poll;
            }

            @Override
            public void run() {
                pollOnce();
            }
        };
    }

    /** One poll on the bus thread: readings, or a {@link PollFailure} saying why there are none. */
    protected abstract List<Reading> read() throws PollFailure;

    /** Releases what {@link #read} opened; called once on close, after the last poll. */
    protected void release() {}

    private void pollOnce() {
        try {
            health.good(read());
        } catch (PollFailure f) {
            if (f.gone()) {
                health.gone(f.getMessage());
            } else {
                health.failed(f.getMessage());
            }
        } finally {
            health.cycle();
        }
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final void start(DeviceListener listener) {
        health.listener(listener);
        loop.add(job);
    }

    @Override
    public final long cycles() {
        return health.cycles();
    }

    @Override
    public final void close() {
        if (loop.remove(job)) {
            loop.close();
            release();
        } else {
            // Others still poll on this loop: release on the bus thread, after any poll of ours in progress.
            loop.submit(() -> {
                release();
                return null;
            }).exceptionally(e -> {
                release();
                return null;
            });
        }
    }
}
