package dev.rackd.hal.wireless.link;

import dev.rackd.hal.DeviceListener;
import dev.rackd.hal.Reading;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a wireless driver's owner thread tells its listener about the link: online when the device first answers,
 * offline once per outage (also when the very first attempt fails), nothing on a deliberate close. Listener
 * failures are logged, never thrown into the driver's loop.
 */
public final class LinkState {
    private static final Logger LOG = LoggerFactory.getLogger(LinkState.class);
    private final String deviceId;
    private final DeviceListener listener;
    private final AtomicLong cycles;
    private volatile boolean online;
    private Boolean told;

    public LinkState(String deviceId, DeviceListener listener, AtomicLong cycles) {
        this.deviceId = deviceId;
        this.listener = listener;
        this.cycles = cycles;
    }

    public boolean online() {
        return online;
    }

    /** The device answered; returns true if this brings it online. */
    public boolean heard(String reason) {
        if (online) {
            return false;
        }
        online = true;
        told = true;
        tell(() -> listener.online(deviceId, true, reason));
        return true;
    }

    public void lost(String reason, boolean closing) {
        online = false;
        if (closing) {
            return;
        }
        if (told == null || told) {
            told = false;
            tell(() -> listener.online(deviceId, false, reason));
        } else {
            LOG.debug("{} still offline: {}", deviceId, reason);
        }
    }

    public void reading(Reading r) {
        tell(() -> listener.reading(r));
    }

    /** Sleeps in short slices, counting cycles so the watchdog sees progress, until done or closed. */
    public void pause(java.time.Duration d, BooleanSupplier closed) {
        long end = System.nanoTime() + d.toNanos();
        while (!closed.getAsBoolean() && System.nanoTime() < end) {
            cycles.incrementAndGet();
            try {
                Thread.sleep(Math.min(100, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void tell(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            LOG.warn("listener failed on {}", deviceId, e);
        }
    }
}
