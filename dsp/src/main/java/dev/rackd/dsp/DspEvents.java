package dev.rackd.dsp;

/**
 * Events from the channels processed on one audio thread, handed to one reader elsewhere. Each slot is a handful of
 * primitives written in place: the audio thread never allocates and never waits; if the reader falls behind by more
 * than the capacity, new events are dropped and counted ({@link #dropped()}).
 */
public final class DspEvents extends SpscSlots<DspEvent> {
    private final DspEventType[] types;
    private final int[] channels;
    private final long[] samples;
    private final double[] hz;
    private final double[] depthDb;
    private final double[] widthOct;
    private final boolean[] fixed;

    /** @param capacity a power of two, e.g. 1024 */
    public DspEvents(int capacity) {
        super(capacity);
        types = new DspEventType[capacity];
        channels = new int[capacity];
        samples = new long[capacity];
        hz = new double[capacity];
        depthDb = new double[capacity];
        widthOct = new double[capacity];
        fixed = new boolean[capacity];
    }

    /** Audio thread only. */
    void offer(DspEventType type, int channel, long sample, double frequencyHz, double depth, double width,
            boolean isFixed) {
        int slot = claim();
        if (slot < 0) {
            return;
        }
        types[slot] = type;
        channels[slot] = channel;
        samples[slot] = sample;
        hz[slot] = frequencyHz;
        depthDb[slot] = depth;
        widthOct[slot] = width;
        fixed[slot] = isFixed;
        publish();
    }

    @Override
    public DspEvent poll() {
        int slot = next();
        if (slot < 0) {
            return null;
        }
        DspEvent e = new DspEvent(types[slot], channels[slot], samples[slot], hz[slot], depthDb[slot], widthOct[slot],
                fixed[slot]);
        release();
        return e;
    }
}
