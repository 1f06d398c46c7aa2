package dev.rackd.app.audio;

/**
 * The audio thread's work on one block between the line's read and write: bytes to floats, every channel's chain,
 * floats to bytes. Buffers are made here, once; {@link #process} allocates nothing. Benchmarked on its own
 * (see docs/audio-engine.md).
 */
public final class BlockProcessor {
    private final ChainBank bank;
    private final int frames;
    private final float[] samples;

    public BlockProcessor(ChainBank bank, int blockFrames) {
        this.bank = bank;
        this.frames = blockFrames;
        samples = new float[blockFrames * bank.channels()];
    }

    /** The chains start afresh: the audio stopped and the device has been opened again. Audio thread only. */
    public void restart() {
        bank.restart();
    }

    /** Bytes one block takes in the given encoding. */
    public int blockBytes(SampleFormat format) {
        return samples.length * format.bytesPerSample();
    }

    /** Processes one block of {@code in} (encoded as {@code inFormat}) into {@code out} (as {@code outFormat}). */
    public void process(byte[] in, SampleFormat inFormat, byte[] out, SampleFormat outFormat) {
        inFormat.decode(in, 0, samples, 0, samples.length);
        bank.process(samples, frames);
        outFormat.encode(samples, 0, out, 0, samples.length);
    }
}
