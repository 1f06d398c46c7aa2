package dev.rackd.app.audio;

import java.util.concurrent.locks.LockSupport;
import java.util.function.IntPredicate;

/**
 * A sound card in memory: capture plays a signal computed per frame, playback records what it is given. It can be
 * unplugged after a number of reads (short read, or an exception as Java Sound throws), and can report its capture
 * buffer full or its playback buffer empty at chosen blocks. After {@code fastReads} reads it paces itself at one
 * block per {@code pacedNanos}, so a test that waits does not spin a core. Allocation-free once built.
 */
final class FakeLines implements AudioLines {
    /** The signal captured: sample of {@code channel} at {@code frame}. */
    @FunctionalInterface
    interface Signal {
        float at(long frame, int channel);
    }

    private static final int BUFFER_BLOCKS = 4;

    private final SampleFormat format;
    private final int channels;
    private final int blockFrames;
    private final Signal signal;
    private final float[] recorded;
    private final float[] scratch;
    private long captured;
    private volatile int recordedFrames;
    private volatile int reads;
    private volatile int writes;
    private volatile boolean closed;
    int unplugAfterReads = -1;
    RuntimeException unplugWith;
    IntPredicate fullAtRead = r -> false;
    IntPredicate dryAtWrite = w -> false;
    int fastReads = Integer.MAX_VALUE;
    long pacedNanos = 1_000_000;

    FakeLines(SampleFormat format, int channels, int blockFrames, Signal signal, int recordFrames) {
        this.format = format;
        this.channels = channels;
        this.blockFrames = blockFrames;
        this.signal = signal;
        recorded = new float[recordFrames * channels];
        scratch = new float[blockFrames * channels];
    }

    @Override
    public SampleFormat captureFormat() {
        return format;
    }

    @Override
    public SampleFormat playbackFormat() {
        return format;
    }

    @Override
    public int read(byte[] buf, int offset, int len) {
        int r = reads;
        reads = r + 1;
        if (closed || r == unplugAfterReads) {
            if (unplugWith != null && !closed) {
                throw unplugWith;
            }
            return 0;
        }
        if (r >= fastReads) {
            LockSupport.parkNanos(pacedNanos);
        }
        int frames = len / (channels * format.bytesPerSample());
        for (int i = 0; i < frames; i++, captured++) {
            for (int c = 0; c < channels; c++) {
                scratch[i * channels + c] = signal.at(captured, c);
            }
        }
        format.encode(scratch, 0, buf, offset, frames * channels);
        return len;
    }

    @Override
    public int write(byte[] buf, int offset, int len) {
        writes++;
        if (closed) {
            return 0;
        }
        int samples = len / format.bytesPerSample();
        int at = recordedFrames * channels;
        int n = Math.min(samples, recorded.length - at);
        if (n > 0) {
            format.decode(buf, offset, recorded, at, n);
            recordedFrames = (at + n) / channels;
        }
        return len;
    }

    @Override
    public int captureAvailable() {
        return fullAtRead.test(reads) ? captureBufferBytes() : 0;
    }

    @Override
    public int captureBufferBytes() {
        return BUFFER_BLOCKS * blockFrames * channels * format.bytesPerSample();
    }

    @Override
    public int playbackAvailable() {
        return dryAtWrite.test(writes) ? playbackBufferBytes() : playbackBufferBytes() / 2;
    }

    @Override
    public int playbackBufferBytes() {
        return BUFFER_BLOCKS * blockFrames * channels * format.bytesPerSample();
    }

    @Override
    public String describe() {
        return "fake card, " + channels + " ch, " + format.describe();
    }

    @Override
    public void close() {
        closed = true;
    }

    boolean closed() {
        return closed;
    }

    int reads() {
        return reads;
    }

    /** Frames played so far (up to the recording's length), interleaved. */
    float[] played() {
        return java.util.Arrays.copyOf(recorded, recordedFrames * channels);
    }
}
