package dev.rackd.dsp;

import dev.rackd.dsp.howl.HowlDetector;
import dev.rackd.dsp.limit.TruePeakLimiter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The audio path of one channel: howl detector on the input, notch bank, true-peak limiter; meters and events out.
 *
 * <p>Threads: {@link #process} belongs to the audio thread and never allocates, locks or waits once warmed up. The
 * controls ({@code set...}, {@code clear...}, {@link #loadFixedNotches}) may be called from any thread; they take
 * effect at the start of the next block. {@link #notches()} and {@link #fixedNotches()} may be read from any thread.
 * Events and meters go to the rings given at construction; all channels processed on one thread may share them.
 *
 * <p>Output is delayed by {@link #latencySamples()} (the limiter's lookahead), whatever the mode.
 */
public final class ChannelChain {
    private static final int CHUNK = 256;
    /**
     * Largest input magnitude taken as audio (+96 dBFS: far over any real level, yet short of where a filter's
     * arithmetic overflows). A sample beyond it, infinite or not a number (a float WAV or the stream command can carry
     * them) is played as silence: passed on, it would leave the filters ringing NaN for good.
     */
    public static final double INPUT_RANGE = 65536.0;
    private static final double ACTIVE_BELOW = Math.pow(10, -0.5 / 20);
    private static final double RELEASED_ABOVE = Math.pow(10, -0.1 / 20);

    private final int channel;
    private final ChainSettings settings;
    private final ChannelEvents events;
    private final NotchController notches;
    private final HowlDetector detector;
    private final TruePeakLimiter limiter;
    private final ChannelMeter meter;
    private final double[] work = new double[CHUNK];
    private final long releaseHold;
    private long processed;
    private boolean limiting;
    private long quietSince;

    private final AtomicInteger controlVersion = new AtomicInteger();
    private int controlSeen;
    private volatile FeedbackMode requestedMode;
    private volatile double thresholdDbtp;
    private volatile boolean limiterOn;
    private final AtomicInteger clearLive = new AtomicInteger();
    private final AtomicInteger clearFixed = new AtomicInteger();
    private int clearLiveSeen;
    private int clearFixedSeen;
    private final AtomicReference<FixedNotch[]> pendingLoad = new AtomicReference<>();

    public ChannelChain(int channel, ChainSettings settings, DspEvents events, MeterRing meters) {
        this.channel = channel;
        this.settings = settings;
        this.events = new ChannelEvents(events, channel);
        double rate = settings.sampleRateHz();
        notches = new NotchController(settings, this.events);
        detector = new HowlDetector(rate, notches);
        boolean on = settings.limiterThresholdDbtp() != Double.POSITIVE_INFINITY;
        thresholdDbtp = on ? settings.limiterThresholdDbtp() : -1.0;
        limiterOn = on;
        limiter = new TruePeakLimiter(rate, TruePeakLimiter.defaultLookahead(rate), settings.limiterReleaseMs(),
                settings.limiterThresholdDbtp());
        meter = new ChannelMeter(meters, channel, rate, settings.meterIntervalMs());
        requestedMode = settings.mode();
        releaseHold = Math.round(0.2 * rate);
    }

    public int channel() {
        return channel;
    }

    public ChainSettings settings() {
        return settings;
    }

    /** Samples by which the output lags the input. */
    public int latencySamples() {
        return limiter.latencySamples();
    }

    /**
     * Processes {@code frames} samples of {@code in} from {@code offset} into {@code out} at the same offset. The two
     * may be the same array.
     */
    public void process(float[] in, float[] out, int offset, int frames) {
        applyControls();
        for (int done = 0; done < frames; done += CHUNK) {
            int n = Math.min(CHUNK, frames - done);
            for (int i = 0; i < n; i++) {
                work[i] = admitted(in[offset + done + i]);
            }
            run(n);
            for (int i = 0; i < n; i++) {
                out[offset + done + i] = (float) work[i];
            }
        }
    }

    /** Processes this chain's channel of an interleaved buffer in place, {@code frames} frames from frame {@code first}. */
    public void processInterleaved(float[] buf, int first, int frames, int channelCount) {
        applyControls();
        for (int done = 0; done < frames; done += CHUNK) {
            int n = Math.min(CHUNK, frames - done);
            int base = (first + done) * channelCount + channel;
            for (int i = 0; i < n; i++) {
                work[i] = admitted(buf[base + i * channelCount]);
            }
            run(n);
            for (int i = 0; i < n; i++) {
                buf[base + i * channelCount] = (float) work[i];
            }
        }
    }

    /** The sample, or silence for one that is not audio ({@link #INPUT_RANGE}); NaN fails the comparison. */
    private static double admitted(float sample) {
        return Math.abs(sample) <= INPUT_RANGE ? sample : 0.0;
    }

    private void run(int n) {
        if (notches.mode() != FeedbackMode.OFF) {
            detector.accept(work, 0, n);
        } else {
            detector.skip(n);
        }
        processed += n;
        notches.tick(processed);
        notches.cascade().process(work, 0, n);
        notches.cascade().settle();
        limiter.process(work, 0, n);
        double minGain = limiter.blockMinGain();
        limiterEvents(minGain);
        meter.add(work, 0, n, limiter.blockTruePeak(), minGain, processed - 1, notches.liveCount(),
                notches.fixedCount());
    }

    private void limiterEvents(double minGain) {
        if (!limiting && minGain < ACTIVE_BELOW) {
            limiting = true;
            events.emit(DspEventType.LIMITER_ACTIVE, processed - 1, Double.NaN, 20 * Math.log10(minGain), Double.NaN,
                    false);
        } else if (limiting) {
            if (minGain < RELEASED_ABOVE) {
                quietSince = processed;
            } else if (processed - quietSince >= releaseHold) {
                limiting = false;
                events.emit(DspEventType.LIMITER_RELEASED, processed - 1, Double.NaN, 0.0, Double.NaN, false);
            }
        }
    }

    private void applyControls() {
        int version = controlVersion.get();
        if (version == controlSeen) {
            return;
        }
        controlSeen = version;
        notches.setMode(requestedMode, processed);
        double threshold = limiterOn ? thresholdDbtp : Double.POSITIVE_INFINITY;
        if (threshold != limiter.thresholdDbtp()) {
            limiter.setThresholdDbtp(threshold);
        }
        int live = clearLive.get();
        if (live != clearLiveSeen) {
            clearLiveSeen = live;
            notches.clear(NotchKind.LIVE, processed);
        }
        int fixed = clearFixed.get();
        if (fixed != clearFixedSeen) {
            clearFixedSeen = fixed;
            notches.clear(NotchKind.FIXED, processed);
        }
        FixedNotch[] load = pendingLoad.getAndSet(null);
        if (load != null) {
            notches.load(load, processed);
        }
    }

    /**
     * Audio thread only, between blocks: the audio stopped (a device lost and opened again) and starts afresh. The
     * filters' and the limiter's memory of the old signal is dropped, so that the first block after the gap does not
     * play the end of the last one or ring with it; notches, mode and threshold stay as they were.
     */
    public void restart() {
        notches.cascade().clearHistory();
        limiter.clear();
        detector.clear();
    }

    // ---- controls: any thread, applied at the next block ----

    public void setMode(FeedbackMode mode) {
        requestedMode = java.util.Objects.requireNonNull(mode, "mode");
        controlVersion.incrementAndGet();
    }

    public FeedbackMode mode() {
        return requestedMode;
    }

    /** New limiter threshold, -60 to 0 dBTP. Lowering it applies at once, even to the samples in the lookahead. */
    public void setLimiterThresholdDbtp(double dbtp) {
        if (!(dbtp <= 0 && dbtp >= -60)) {
            throw new IllegalArgumentException("limiter threshold must be -60 to 0 dBTP, not " + dbtp);
        }
        thresholdDbtp = dbtp;
        controlVersion.incrementAndGet();
    }

    public double limiterThresholdDbtp() {
        return thresholdDbtp;
    }

    /** Off lets everything through (still delayed by the latency); on restores the last threshold. */
    public void setLimiterEnabled(boolean on) {
        limiterOn = on;
        controlVersion.incrementAndGet();
    }

    public void clearLiveNotches() {
        clearLive.incrementAndGet();
        controlVersion.incrementAndGet();
    }

    public void clearFixedNotches() {
        // a load not yet taken (the audio has not run since boot) is dropped too: it would come after the clear
        pendingLoad.set(null);
        clearFixed.incrementAndGet();
        controlVersion.incrementAndGet();
    }

    /** Replaces the fixed notches (e.g. restored from the state directory at boot). */
    public void loadFixedNotches(List<FixedNotch> fixed) {
        pendingLoad.set(fixed.toArray(new FixedNotch[0]));
        controlVersion.incrementAndGet();
    }

    // ---- observation: any thread ----

    /** Fixed and live notches as last published by the audio thread. */
    public List<Notch> notches() {
        return notches.board().read();
    }

    /** The fixed set, ready to be saved. */
    public List<FixedNotch> fixedNotches() {
        List<FixedNotch> fixed = new ArrayList<>();
        for (Notch n : notches()) {
            if (n.kind() == NotchKind.FIXED) {
                fixed.add(new FixedNotch(n.frequencyHz(), n.depthDb(), n.widthOct()));
            }
        }
        return List.copyOf(fixed);
    }

    /**
     * Copies the present coefficients of every running notch stage (glides and fading stages included) into
     * {@code out}, five per stage: b0, b1, b2, a1, a2 with a0 = 1. Returns the number of stages. For benches and
     * diagnostics that evaluate the bank's response at many frequencies. Audio thread (or a bench driving the
     * chain) only, between blocks.
     */
    public int notchCoefficients(double[] out) {
        return notches.cascade().copyCoefficients(out);
    }

    /** Most stages {@link #notchCoefficients} can report: size its array 5 times this. */
    public int notchStages() {
        return notches.cascade().stages();
    }
}
