package dev.rackd.dsp;

/**
 * Meter readings from the channels processed on one audio thread, handed to one reader elsewhere; same rules as
 * {@link DspEvents}: preallocated primitive slots, never a wait, overflow dropped and counted.
 */
public final class MeterRing extends SpscSlots<MeterReading> {
    private final int[] channels;
    private final long[] samples;
    private final double[] peak;
    private final double[] rms;
    private final double[] truePeak;
    private final double[] reduction;
    private final int[] active;
    private final int[] live;
    private final int[] fixed;

    /** @param capacity a power of two, e.g. 256 */
    public MeterRing(int capacity) {
        super(capacity);
        channels = new int[capacity];
        samples = new long[capacity];
        peak = new double[capacity];
        rms = new double[capacity];
        truePeak = new double[capacity];
        reduction = new double[capacity];
        active = new int[capacity];
        live = new int[capacity];
        fixed = new int[capacity];
    }

    /** Audio thread only. */
    void offer(int channel, long sample, double peakDbfs, double rmsDbfs, double truePeakDbtp, double gainReductionDb,
            int liveNotches, int fixedNotches) {
        int slot = claim();
        if (slot < 0) {
            return;
        }
        channels[slot] = channel;
        samples[slot] = sample;
        peak[slot] = peakDbfs;
        rms[slot] = rmsDbfs;
        truePeak[slot] = truePeakDbtp;
        reduction[slot] = gainReductionDb;
        active[slot] = liveNotches + fixedNotches;
        live[slot] = liveNotches;
        fixed[slot] = fixedNotches;
        publish();
    }

    @Override
    public MeterReading poll() {
        int slot = next();
        if (slot < 0) {
            return null;
        }
        MeterReading r = new MeterReading(channels[slot], samples[slot], peak[slot], rms[slot], truePeak[slot],
                reduction[slot], active[slot], live[slot], fixed[slot]);
        release();
        return r;
    }
}
