package dev.rackd.app.cli.dsp;

import dev.rackd.app.audio.ChainBank;
import dev.rackd.app.audio.SampleFormat;
import dev.rackd.dsp.DspEvent;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The processed form of an interleaved sample stream, lined up with it: the chain's first {@code latency} output
 * frames (its lookahead, still silent) are dropped and the same number of silent frames is fed after the end of
 * the input to flush the tail out. So output frame k is input frame k processed, and the lengths are equal.
 */
final class AlignedStream extends InputStream {
    private final InputStream source;
    private final SampleFormat format;
    private final ChainBank bank;
    private final Consumer<DspEvent> events;
    private final int channels;
    private final int frameBytes;
    private final int blockFrames;
    private final byte[] in;
    private final byte[] out;
    private final float[] samples;
    private long toSkip;
    private long tailLeft = -1;
    private final Samples guard = new Samples();
    private long nonFinite;
    private long outOfRange;
    private long framesIn;
    private int outPos;
    private int outLen;

    AlignedStream(InputStream source, SampleFormat format, ChainBank bank, int blockFrames,
            Consumer<DspEvent> events) {
        this.source = source;
        this.format = format;
        this.bank = bank;
        this.events = events;
        this.blockFrames = blockFrames;
        channels = bank.channels();
        frameBytes = channels * format.bytesPerSample();
        in = new byte[blockFrames * frameBytes];
        out = new byte[blockFrames * frameBytes];
        samples = new float[blockFrames * channels];
        toSkip = bank.latencySamples();
    }

    /** Whole input frames read so far. */
    long framesIn() {
        return framesIn;
    }

    /** Input samples that were NaN or infinite and went in as silence. */
    long nonFiniteSamples() {
        return nonFinite;
    }

    /** Input samples beyond +96 dBFS that went in as silence. */
    long outOfRangeSamples() {
        return outOfRange;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (outPos == outLen) {
            if (!refill()) {
                return -1;
            }
        }
        int n = Math.min(len, outLen - outPos);
        System.arraycopy(out, outPos, b, off, n);
        outPos += n;
        return n;
    }

    private boolean refill() throws IOException {
        int frames = 0;
        if (tailLeft < 0) {
            int got = source.readNBytes(in, 0, in.length);
            frames = got / frameBytes;
            framesIn += frames;
            format.decode(in, 0, samples, 0, frames * channels);
            guard.silenceWhatIsNotAudio(samples, frames * channels);
            nonFinite += guard.nonFinite();
            outOfRange += guard.outOfRange();
            if (got < in.length) {
                tailLeft = bank.latencySamples();
            }
        }
        if (tailLeft > 0 && frames < blockFrames) {
            int silent = (int) Math.min(tailLeft, blockFrames - frames);
            Arrays.fill(samples, frames * channels, (frames + silent) * channels, 0f);
            frames += silent;
            tailLeft -= silent;
        }
        if (frames == 0) {
            return false;
        }
        bank.process(samples, frames);
        bank.events().drain(events);
        int skip = (int) Math.min(toSkip, frames);
        toSkip -= skip;
        format.encode(samples, skip * channels, out, 0, (frames - skip) * channels);
        outPos = 0;
        outLen = (frames - skip) * frameBytes;
        return true;
    }
}
