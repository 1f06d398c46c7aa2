package dev.rackd.app.audio.bench;

import dev.rackd.app.audio.BlockProcessor;
import dev.rackd.app.audio.ChainBank;
import dev.rackd.app.audio.SampleFormat;
import dev.rackd.dsp.ChainSettings;
import dev.rackd.dsp.FeedbackMode;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The audio thread's work per block without the Java Sound calls: 24-bit bytes to floats, the chain of every channel
 * (howl detector, notches, true-peak limiter), floats back to 24-bit bytes, on one second of music-like programme
 * (partials, a vibrato voice and noise) played round and round. Run with {@code -prof gc}: bytes/op must be 0.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineBlockBench {
    private static final int RATE = 48000;

    @Param({"2"})
    int channels;

    @Param({"64"})
    int blockFrames;

    @Param({"live"})
    String mode;

    private BlockProcessor processor;
    private byte[][] programme;
    private byte[] out;
    private float[] scratch;
    private int next;

    @Setup
    public void setUp() {
        ChainBank bank = new ChainBank(ChainSettings.defaults(RATE).withMode(FeedbackMode.parse(mode)), channels);
        processor = new BlockProcessor(bank, blockFrames);
        programme = programme(channels, blockFrames);
        out = new byte[processor.blockBytes(SampleFormat.PCM24)];
        scratch = new float[channels * blockFrames];
    }

    /** Conversion, dispatch and chains: what the engine does between read and write. */
    @Benchmark
    public byte[] block() {
        byte[] in = programme[next];
        next = next + 1 == programme.length ? 0 : next + 1;
        processor.process(in, SampleFormat.PCM24, out, SampleFormat.PCM24);
        return out;
    }

    /** The two conversions alone, for scale. */
    @Benchmark
    public byte[] conversionOnly() {
        byte[] in = programme[next];
        next = next + 1 == programme.length ? 0 : next + 1;
        SampleFormat.PCM24.decode(in, 0, scratch, 0, channels * blockFrames);
        SampleFormat.PCM24.encode(scratch, 0, out, 0, channels * blockFrames);
        return out;
    }

    private static byte[][] programme(int channels, int blockFrames) {
        Random noise = new Random(1);
        int blocks = RATE / blockFrames;
        byte[][] p = new byte[blocks][];
        float[] s = new float[blockFrames * channels];
        long frame = 0;
        for (int b = 0; b < blocks; b++) {
            for (int i = 0; i < blockFrames; i++, frame++) {
                double t = (double) frame / RATE;
                for (int c = 0; c < channels; c++) {
                    double voice = 0.2 * Math.sin(2 * Math.PI * (220 + 3 * Math.sin(2 * Math.PI * 5 * t)) * t * (c + 1));
                    double chord = 0.1 * (Math.sin(2 * Math.PI * 330 * t) + Math.sin(2 * Math.PI * 415 * t));
                    s[i * channels + c] = (float) (voice + chord + 0.02 * noise.nextGaussian());
                }
            }
            p[b] = new byte[s.length * 3];
            SampleFormat.PCM24.encode(s, 0, p[b], 0, s.length);
        }
        return p;
    }
}
