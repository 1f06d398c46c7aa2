package dev.rackd.app.audio;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counters the audio thread advances and anyone may read. The audio thread is the only writer, so each update is a
 * plain read and an ordered write: no lock, no contended atomic, no allocation.
 */
public final class EngineCounters {
    private final AtomicLong blocks = new AtomicLong();
    private final AtomicLong underruns = new AtomicLong();
    private final AtomicLong overruns = new AtomicLong();
    private final AtomicLong opens = new AtomicLong();
    private final AtomicLong losses = new AtomicLong();

    /** Blocks captured, processed and queued for playback: the watchdog's progress counter. */
    public long blocks() {
        return blocks.getAcquire();
    }

    /** Times playback ran dry (each episode once). */
    public long underruns() {
        return underruns.getAcquire();
    }

    /** Times the capture buffer filled up, so input was lost (each episode once). */
    public long overruns() {
        return overruns.getAcquire();
    }

    /** Attempts to open the device, successful or not. */
    public long opens() {
        return opens.getAcquire();
    }

    /** Times an open device was lost. */
    public long losses() {
        return losses.getAcquire();
    }

    void block() {
        bump(blocks);
    }

    void underrun() {
        bump(underruns);
    }

    void overrun() {
        bump(overruns);
    }

    void open() {
        bump(opens);
    }

    void loss() {
        bump(losses);
    }

    private static void bump(AtomicLong counter) {
        counter.setRelease(counter.getPlain() + 1);
    }
}
