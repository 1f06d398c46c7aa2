package dev.rackd.dsp.howl;

/**
 * The frequencies at which howls were reported within the last {@link #SECONDS}: other ringing modes of the same loop.
 * Where the loudspeaker's direct sound dominates the loop, its modes sit at multiples of one over the loop delay, so
 * a second howl can sit at a harmonic ratio to the first as exactly as a partial does; {@link HarmonicPartners} does
 * not take such a partner for a partial of the programme. A fixed set of slots, allocation-free: a report near a
 * remembered frequency refreshes its slot, a new one takes the slot reported longest ago.
 */
final class RecentHowls {
    /**
     * How long a reported howl is remembered. Longer (3 s) measured worse on the acoustic bench: a partial of a held
     * chord once taken for a howl then unlocked its neighbours for long enough that one music run fell to 3.1 dB of
     * added gain; from 0.5 to 1.6 s the bench read the same.
     */
    static final double SECONDS = 1.0;
    private static final int SLOTS = 32;

    private final double[] hz = new double[SLOTS];
    /** Frame of the last report in each slot, or -1 for an empty slot. */
    private final long[] frame = new long[SLOTS];
    private final double nearHz;
    private final long frames;
    /** Frame of the last report of all, or -1: with none in the last second, a look-up is one comparison. */
    private long last = -1;

    /** Reports within {@code nearHz} of each other are one howl; frames are {@code frameSeconds} apart. */
    RecentHowls(double nearHz, double frameSeconds) {
        this.nearHz = nearHz;
        frames = Math.round(SECONDS / frameSeconds);
        java.util.Arrays.fill(frame, -1);
    }

    /** Forgets every howl. */
    void clear() {
        java.util.Arrays.fill(frame, -1);
        last = -1;
    }

    /** A howl reported at {@code reportedHz} in frame {@code now}. */
    void reported(double reportedHz, long now) {
        int slot = 0;
        for (int i = 0; i < SLOTS; i++) {
            if (frame[i] >= 0 && Math.abs(hz[i] - reportedHz) <= nearHz) {
                slot = i;
                break;
            }
            if (frame[i] < frame[slot]) {
                slot = i;
            }
        }
        hz[slot] = reportedHz;
        frame[slot] = now;
        last = now;
    }

    /** Whether a howl was reported within {@code nearHz} of {@code atHz} in the {@link #SECONDS} up to {@code now}. */
    boolean near(double atHz, long now) {
        if (last < 0 || now - last > frames) {
            return false;
        }
        for (int i = 0; i < SLOTS; i++) {
            if (frame[i] >= 0 && now - frame[i] <= frames && Math.abs(hz[i] - atHz) <= nearHz) {
                return true;
            }
        }
        return false;
    }
}
