package dev.rackd.dsp;

import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;

/**
 * The notches of one channel, published by the audio thread for readers elsewhere without a lock: a sequence lock
 * (the optimistic read of {@link java.util.concurrent.locks.StampedLock}, hand-rolled so the writer never waits).
 * The writer makes the version odd, writes, makes it even; a reader retries if the version moved under it.
 */
final class NotchBoard {
    static final int EMPTY = -1;

    private final int[] kind;
    private final double[] hz;
    private final double[] depthDb;
    private final double[] widthOct;
    private volatile long version;

    NotchBoard(int slots) {
        kind = new int[slots];
        java.util.Arrays.fill(kind, EMPTY);
        hz = new double[slots];
        depthDb = new double[slots];
        widthOct = new double[slots];
    }

    /** Audio thread: sets every slot; {@code kinds[i]} is a {@link NotchKind} ordinal or {@link #EMPTY}. */
    void publish(int[] kinds, double[] frequencies, double[] depths, double[] widths) {
        long v = version;
        version = v + 1;
        VarHandle.storeStoreFence();
        System.arraycopy(kinds, 0, kind, 0, kind.length);
        System.arraycopy(frequencies, 0, hz, 0, hz.length);
        System.arraycopy(depths, 0, depthDb, 0, depthDb.length);
        System.arraycopy(widths, 0, widthOct, 0, widthOct.length);
        version = v + 2;
    }

    /** Any thread: a consistent copy, in slot order. */
    List<Notch> read() {
        NotchKind[] kinds = NotchKind.values();
        while (true) {
            long before = version;
            if ((before & 1) == 0) {
                List<Notch> notches = new ArrayList<>();
                for (int i = 0; i < kind.length; i++) {
                    int k = kind[i];
                    if (k >= 0 && k < kinds.length) {
                        notches.add(new Notch(kinds[k], hz[i], depthDb[i], widthOct[i]));
                    }
                }
                VarHandle.acquireFence();
                if (version == before) {
                    return List.copyOf(notches);
                }
            }
            Thread.onSpinWait();
        }
    }
}
