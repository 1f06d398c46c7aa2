package dev.rackd.dsp.bench;

import dev.rackd.dsp.ChainSettings;
import dev.rackd.dsp.ChannelChain;
import dev.rackd.dsp.DspEvents;
import dev.rackd.dsp.FeedbackMode;
import dev.rackd.dsp.FixedNotch;
import dev.rackd.dsp.MeterRing;
import dev.rackd.dsp.filter.NotchCascade;
import dev.rackd.dsp.howl.HowlDetector;
import dev.rackd.dsp.limit.TruePeakLimiter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One channel's full chain at 48 kHz in 64-sample blocks: the howl detector live on busy programme (noise, a chord
 * and a melody, so that it has peaks to weigh), 24 notches in the bank, the limiter reducing gain part of the time.
 * One call is one block; the real-time factor is 64 / 48000 s over the time per call.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
public class ChainBenchmark {
    static final double RATE = 48000;
    static final int BLOCK = 64;

    private ChannelChain chain;
    private DspEvents events;
    private MeterRing meters;
    private float[] programme;
    private float[] out;
    private int at;
    /** The three stages alone, on the same programme in double precision, to show where the time goes. */
    private HowlDetector detector;
    private NotchCascade cascade;
    private TruePeakLimiter limiter;
    private double[] work;
    private long howls;

    @Setup(Level.Trial)
    public void setUp() {
        // room for an iteration's meters and events; they are read (discarded) between iterations: the service's
        // reader makes records of them on another thread, which is not the audio thread's work
        events = new DspEvents(1 << 15);
        meters = new MeterRing(1 << 15);
        chain = new ChannelChain(0, ChainSettings.defaults(RATE).withMode(FeedbackMode.LIVE).withLimiterDbtp(-6),
                events, meters);
        List<FixedNotch> notches = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            notches.add(new FixedNotch(100 * Math.pow(2, i * 6.6 / 23), -12, 0.1));
        }
        chain.loadFixedNotches(notches);
        programme = programme(10);
        out = new float[programme.length];
        for (int i = 0; i + BLOCK <= programme.length; i += BLOCK) {
            chain.process(programme, out, i, BLOCK);
        }
        detector = new HowlDetector(RATE, (hz, level, sample) -> howls++);
        cascade = new NotchCascade(RATE, 24, 256);
        for (int i = 0; i < 24; i++) {
            cascade.set(i, notches.get(i).frequencyHz(), -12, 0.1);
        }
        limiter = new TruePeakLimiter(RATE, TruePeakLimiter.defaultLookahead(RATE), 50, -6);
        work = new double[programme.length];
        for (int i = 0; i < programme.length; i++) {
            work[i] = programme[i];
        }
        if (chain.notches().size() != 24) {
            throw new IllegalStateException("bank holds " + chain.notches().size() + " notches, not 24");
        }
    }

    @Setup(Level.Iteration)
    public void readRings() {
        events.discard();
        meters.discard();
    }

    @Benchmark
    public float block() {
        chain.process(programme, out, at, BLOCK);
        at += BLOCK;
        if (at + BLOCK > programme.length) {
            at = 0;
        }
        return out[at];
    }

    @Benchmark
    public long detectorOnly() {
        detector.accept(work, next(), BLOCK);
        return howls;
    }

    @Benchmark
    public double notchBankOnly() {
        double[] b = nextBlock();
        cascade.process(b, 0, BLOCK);
        return b[0];
    }

    @Benchmark
    public double limiterOnly() {
        double[] b = nextBlock();
        limiter.process(b, 0, BLOCK);
        return b[0];
    }

    private final double[] block64 = new double[BLOCK];

    private double[] nextBlock() {
        System.arraycopy(work, next(), block64, 0, BLOCK);
        return block64;
    }

    private int next() {
        int from = at;
        at += BLOCK;
        if (at + BLOCK > work.length) {
            at = 0;
        }
        return from;
    }

    /** Noise under a held chord and a moving melody, loud enough to be limited now and then. */
    public static float[] programme(double seconds) {
        Random random = new Random(1);
        float[] s = new float[(int) (seconds * RATE)];
        double[] chord = {220, 277.2, 329.6};
        for (int i = 0; i < s.length; i++) {
            double t = i / RATE;
            double v = 0.05 * random.nextGaussian();
            for (double f : chord) {
                for (int h = 1; h <= 5; h++) {
                    v += 0.08 / h * Math.sin(2 * Math.PI * f * h * t);
                }
            }
            double melody = 440 * Math.pow(2, ((int) (t * 3) % 7) / 12.0);
            v += 0.2 * Math.sin(2 * Math.PI * melody * t) * (0.6 + 0.4 * Math.sin(2 * Math.PI * 0.5 * t));
            s[i] = (float) v;
        }
        return s;
    }
}
