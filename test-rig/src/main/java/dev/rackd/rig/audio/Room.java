package dev.rackd.rig.audio;

/**
 * What the simulated card's microphones hear and what its speakers play into: per channel the stage's programme, the
 * PA coming back through the air ({@link #ACOUSTIC_GAIN}, -30 dB, after {@link #ACOUSTIC_DELAY_SECONDS}, about 3.4 m), and,
 * when injected, a howl that lives on the loop ({@link HowlLoop}). Playback is kept by card frame, so the capture hears
 * exactly what the speakers played that long before (silence where playback ran dry).
 *
 * <p>The lines call in a block at a time under the room's lock: a real card's driver serialises the two directions
 * too, and with one thread (rackd's audio thread) doing both the lock is never contended.
 */
final class Room {
    static final double ACOUSTIC_GAIN = 0.03;
    static final double ACOUSTIC_DELAY_SECONDS = 0.010;
    private static final int AIR_FRAMES = 1 << 16;

    private final int channels;
    private final int delayFrames;
    private final Programme[] programmes;
    private final HowlLoop[] howls;
    private final float[][] air;
    private final long[] airFrame = new long[AIR_FRAMES];
    private final Noise garbageNoise = new Noise(0x6A7BA6EL);
    private volatile boolean garbage;

    Room(double rateHz, int channels, long seed) {
        this.channels = channels;
        this.delayFrames = (int) Math.round(rateHz * ACOUSTIC_DELAY_SECONDS);
        programmes = new Programme[channels];
        howls = new HowlLoop[channels];
        air = new float[channels][AIR_FRAMES];
        for (int c = 0; c < channels; c++) {
            programmes[c] = new Programme(rateHz, c, seed);
            howls[c] = new HowlLoop(rateHz);
        }
        java.util.Arrays.fill(airFrame, Long.MIN_VALUE);
    }

    /** @param channel from 0; the howl's frequency, or NaN to release it */
    void howl(int channel, double hz) {
        howls[channel].request(hz);
    }

    double howlAmplitude(int channel) {
        return howls[channel].amplitude();
    }

    /** Capture delivers full-scale noise (a converter gone wrong) until switched off. */
    void garbage(boolean on) {
        garbage = on;
    }

    /** Fills {@code frames} captured frames from card frame {@code first} into {@code out}. */
    synchronized void capture(long first, int frames, byte[] out, int offset, RawPcm pcm) {
        int at = offset;
        int bytes = pcm.bytesPerSample();
        for (long f = first; f < first + frames; f++) {
            long heardFrame = f - delayFrames;
            int slot = (int) (heardFrame & (AIR_FRAMES - 1));
            boolean played = airFrame[slot] == heardFrame;
            for (int c = 0; c < channels; c++) {
                double x = programmes[c].next() + (played ? ACOUSTIC_GAIN * air[c][slot] : 0) + howls[c].at(f);
                pcm.put(garbage ? garbageNoise.bipolar() : x, out, at);
                at += bytes;
            }
        }
    }

    /** Takes {@code frames} frames the speakers will play from card frame {@code first}. */
    synchronized void play(long first, int frames, byte[] in, int offset, RawPcm pcm) {
        int at = offset;
        int bytes = pcm.bytesPerSample();
        for (long f = first; f < first + frames; f++) {
            int slot = (int) (f & (AIR_FRAMES - 1));
            airFrame[slot] = f;
            for (int c = 0; c < channels; c++) {
                double y = pcm.get(in, at);
                air[c][slot] = (float) y;
                howls[c].played(f, y);
                at += bytes;
            }
        }
    }
}
