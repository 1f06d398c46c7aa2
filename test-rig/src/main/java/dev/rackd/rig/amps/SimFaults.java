package dev.rackd.rig.amps;

import java.util.concurrent.ThreadLocalRandom;

/**
 * What a simulated amp does wrong on purpose. Every switch can be flipped at any time from a test or from
 * {@code rackd run --simulate} fault injection.
 */
public final class SimFaults {
    private volatile boolean offline;
    private volatile double lossProbability;
    private volatile boolean garbage;
    private volatile boolean wrongCrc;
    private volatile long slowMillis;

    /** Off the network: nothing is answered at all. */
    public void offline(boolean on) {
        offline = on;
    }

    public boolean offline() {
        return offline;
    }

    /** Each request (or answer) is lost with this probability, 0..1. */
    public void loss(double probability) {
        lossProbability = Math.max(0, Math.min(1, probability));
    }

    /** Answers are replaced by random bytes. */
    public void garbage(boolean on) {
        garbage = on;
    }

    public boolean garbage() {
        return garbage;
    }

    /** Answers carry a wrong checksum (where the protocol has one). */
    public void wrongCrc(boolean on) {
        wrongCrc = on;
    }

    public boolean wrongCrc() {
        return wrongCrc;
    }

    /** Every answer waits this long first. */
    public void slow(long millis) {
        slowMillis = Math.max(0, millis);
    }

    public long slowMillis() {
        return slowMillis;
    }

    /** Sleeps the slow-answer delay, if any. */
    public void pauseIfSlow() {
        long millis = slowMillis;
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** True when this message should vanish. */
    public boolean drop() {
        return offline || (lossProbability > 0 && ThreadLocalRandom.current().nextDouble() < lossProbability);
    }

    /** Back to a healthy device. */
    public void clear() {
        offline = false;
        lossProbability = 0;
        garbage = false;
        wrongCrc = false;
        slowMillis = 0;
    }
}
