package dev.rackd.app.cli.dsp;

import dev.rackd.app.audio.ChainBank;
import dev.rackd.app.audio.EventJson;
import dev.rackd.app.audio.SampleFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.function.LongSupplier;

/**
 * The block protocol of {@code rackd dsp stream}: for every block of little-endian float32 interleaved frames read,
 * exactly one processed block is written and flushed before the next read, so a bench can close a loop through it.
 * A short last block (the input ended inside it) is processed padded with silence and only its own whole frames are
 * written; bytes of an incomplete last frame are dropped and reported. Reporting goes to {@code err} only: first
 * {@code latency_samples=N}, then one JSON object per line per event; input silenced for not being audio is said at
 * most once a second ({@link ThrottledEvent}).
 */
final class BlockStream {
    private final ChainBank bank;
    private final int blockFrames;
    private final int frameBytes;
    private final byte[] in;
    private final byte[] out;
    private final float[] samples;
    private final LongSupplier nanoClock;
    private final Samples guard = new Samples();
    private final ThrottledEvent nonFinite = new ThrottledEvent("non_finite_input");
    private final ThrottledEvent outOfRange = new ThrottledEvent("out_of_range_input");
    private long blocksOut;

    BlockStream(ChainBank bank, int blockFrames) {
        this(bank, blockFrames, System::nanoTime);
    }

    /** {@code nanoClock} is read once per block, for the pace of the input warnings. */
    BlockStream(ChainBank bank, int blockFrames, LongSupplier nanoClock) {
        this.bank = bank;
        this.nanoClock = nanoClock;
        this.blockFrames = blockFrames;
        frameBytes = bank.channels() * Float.BYTES;
        in = new byte[blockFrames * frameBytes];
        out = new byte[blockFrames * frameBytes];
        samples = new float[blockFrames * bank.channels()];
    }

    /** Blocks written and flushed whole so far. */
    long blocksOut() {
        return blocksOut;
    }

    /** Runs until the input ends; a failed write (the reader gone, a full disk) is thrown. */
    void run(InputStream input, OutputStream output, PrintStream err) throws IOException {
        err.println("latency_samples=" + bank.latencySamples());
        err.flush();
        try {
            while (block(input, output, err)) {
                // one block in, one out
            }
        } finally {
            nonFinite.flush(err);
            outOfRange.flush(err);
            err.flush();
        }
    }

    /** One block through; false once the input has ended. */
    private boolean block(InputStream input, OutputStream output, PrintStream err) throws IOException {
        int got = input.readNBytes(in, 0, in.length);
        if (got == 0) {
            return false;
        }
        int frames = got / frameBytes;
        Arrays.fill(in, frames * frameBytes, in.length, (byte) 0);
        SampleFormat.FLOAT32.decode(in, 0, samples, 0, samples.length);
        guard.silenceWhatIsNotAudio(samples, samples.length);
        bank.process(samples, blockFrames);
        SampleFormat.FLOAT32.encode(samples, 0, out, 0, samples.length);
        output.write(out, 0, frames * frameBytes);
        output.flush();
        blocksOut++;
        bank.events().drain(e -> err.println(EventJson.format(e, e.channel())));
        long now = nanoClock.getAsLong();
        nonFinite.count(guard.nonFinite(), now, err);
        outOfRange.count(guard.outOfRange(), now, err);
        if (got % frameBytes != 0) {
            err.println("{\"event\":\"partial_frame_dropped\",\"bytes\":" + got % frameBytes + "}");
        }
        err.flush();
        return got == in.length;
    }
}
