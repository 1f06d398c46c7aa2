package dev.rackd.rig.acoustic;

import dev.rackd.dsp.ChainSettings;
import dev.rackd.dsp.ChannelChain;
import dev.rackd.dsp.DspEvent;
import dev.rackd.dsp.DspEventType;
import dev.rackd.dsp.DspEvents;
import dev.rackd.dsp.MeterRing;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One closed-loop simulation: source plus feedback at the microphone, the chain under test, the forward gain of the
 * ramp, the room back to the microphone; 64-sample blocks at 48 kHz, as on the rack.
 *
 * <p>Stability is judged on the linear model at every moment: with the notch bank frozen as it is, the loop is
 * unstable when the gain exceeds the MSG computed by {@link LoopAnalysis}, and it howls at the MSG's critical
 * frequency. A notch-based suppressor can only react, so the loop is unstable for a while each time the ramp passes
 * a new peak, and in a reverberant room a barely unstable loop takes seconds to build a howl. The run fails when a
 * howl got away: the loop unstable and the loudspeaker signal, in +-1/24 octave around the critical frequency, as
 * loud as the programme itself ({@link #LOUD_DBFS}, the programme's RMS) and {@link #LOUD_ABOVE_DB} dB above the
 * source in that band (more than the ringing of a loop near its MSG), for {@link #LOUD_SECONDS} without a break (a
 * speech burst can set an unstable peak ringing loud at once; the suppressor is given that long to react); or when
 * the howl has been heard ({@link Audibility}) for {@link #HEARD_SECONDS} without a break (the suppressor no longer
 * keeps up). The gain counts as in control while the loop is stable, or unstable but with nothing heard yet: with
 * the ramp rising, a new peak crosses every second or so, and it is the ears, not the Nyquist plot, that tell
 * whether the suppressor caught it in time. The MSG is recomputed 25 ms after each notch change (once its glide is
 * over) and every 0.5 s.
 */
final class LoopRun {
    static final boolean TRACE = Boolean.getBoolean("bench.trace");
    static final double RATE = 48000;
    static final int BLOCK = 64;
    /** A howl this loud (in its band) is as loud as the programme (-20 dBFS RMS): the suppressor has lost it. */
    static final double LOUD_DBFS = -20;
    static final double LOUD_ABOVE_DB = 20;
    static final double LOUD_SECONDS = 0.5;
    /** A howl heard this long without a break: the suppressor no longer keeps up with the ramp. */
    static final double HEARD_SECONDS = 2.0;
    /** Microphone self-noise and room ambience, so that an unstable loop always has something to grow from. */
    static final double NOISE_DBFS = -70;

    private final double[] response;
    private final LoopAnalysis analysis;
    private final double msg0Db;
    private final int latency;

    LoopRun(Room room) {
        response = room.impulseResponse(RATE);
        latency = new ChannelChain(0, ChainSettings.defaults(RATE), new DspEvents(2), new MeterRing(2))
                .latencySamples();
        analysis = new LoopAnalysis(response, latency, RATE);
        msg0Db = analysis.msgDb(new double[0], 0);
    }

    double msg0Db() {
        return msg0Db;
    }

    LoopAnalysis analysis() {
        return analysis;
    }

    LoopTrace run(double[] source, GainRamp ramp, ChainSettings settings, long noiseSeed) {
        DspEvents events = new DspEvents(4096);
        ChannelChain chain = new ChannelChain(0, settings, events, new MeterRing(4096));
        PartitionedConvolver room = new PartitionedConvolver(response, BLOCK);
        Random noise = new Random(noiseSeed);
        double noiseRms = Math.pow(10, NOISE_DBFS / 20);
        int total = Math.min(source.length, (int) (ramp.seconds() * RATE)) / BLOCK * BLOCK;
        double[] out = new double[total];
        double[][] unstableHz = new double[total / BLOCK][];
        float[] mic = new float[BLOCK];
        float[] speaker = new float[BLOCK];
        double[] fed = new double[BLOCK];
        double[] played = new double[BLOCK];
        double[] coefficients = new double[5 * chain.notchStages()];
        List<LoopTrace.NotchMark> marks = new ArrayList<>();
        double msgDb = msg0Db;
        long dirtySince = -1;
        long lastEvaluation = 0;
        int loudFrames = 0;
        int heardFrames = 0;
        Audibility audibility = new Audibility(out, source, latency, RATE);
        double stableGain = ramp.startDb();
        double strictStableGain = ramp.startDb();
        double failedAt = Double.NaN;
        double inControlUntil = 0;
        int done = 0;
        for (int at = 0; at < total; at += BLOCK) {
            double gainDb = ramp.gainDb(at / RATE);
            double gain = Math.pow(10, (msg0Db + gainDb) / 20);
            room.next(fed);
            for (int i = 0; i < BLOCK; i++) {
                mic[i] = (float) (source[at + i] + gain * fed[i] + noiseRms * noise.nextGaussian());
            }
            chain.process(mic, speaker, 0, BLOCK);
            for (int i = 0; i < BLOCK; i++) {
                played[i] = speaker[i];
                out[at + i] = speaker[i];
            }
            room.push(played);
            done = at + BLOCK;
            for (DspEvent e = events.poll(); e != null; e = events.poll()) {
                if (isNotch(e.type())) {
                    marks.add(new LoopTrace.NotchMark(e.sample() / RATE, e.hz(), e.type().wireName()));
                    if (TRACE) {
                        System.out.printf("%7.3f %s %.1f Hz %.0f dB%n", done / RATE, e.type().wireName(), e.hz(),
                                e.depthDb());
                    }
                    dirtySince = done;
                }
            }
            boolean settled = dirtySince >= 0 && done - dirtySince >= 0.025 * RATE;
            if (settled || done - lastEvaluation >= 0.5 * RATE) {
                msgDb = analysis.msgDb(coefficients, chain.notchCoefficients(coefficients));
                lastEvaluation = done;
                dirtySince = settled ? -1 : dirtySince;
            }
            if (gainDb <= msgDb - msg0Db) {
                heardFrames = 0;
                loudFrames = 0;
                stableGain = gainDb;
                strictStableGain = gainDb;
                inControlUntil = done / RATE;
            } else {
                unstableHz[at / BLOCK] = analysis.unstableHz(gain);
            }
            if (gainDb > msgDb - msg0Db && done % Audibility.HOP == 0) {
                int heardAs = audibility.scan(done, LOUD_DBFS, LOUD_ABOVE_DB);
                boolean heard = heardAs > 0;
                heardFrames = heard ? heardFrames + 1 : 0;
                loudFrames = heardAs == 2 ? loudFrames + 1 : 0;
                if (TRACE && done % 4608 == 0) {
                    double hz = analysis.criticalHz();
                    System.out.printf("%7.3f   unstable at %.1f Hz: %.1f dBFS, %.1f dB over the source; heard %d%n",
                            done / RATE, hz, audibility.levelDbfs(done, hz), audibility.ratioDb(done, hz), heardAs);
                }
                if (!heard) {
                    // unstable, but what grows is not yet heard: the suppressor is still in control
                    stableGain = gainDb;
                    inControlUntil = done / RATE;
                }
                if (loudFrames * Audibility.HOP >= LOUD_SECONDS * RATE
                        || heardFrames * Audibility.HOP >= HEARD_SECONDS * RATE) {
                    failedAt = done / RATE;
                    break;
                }
            }
        }
        int stages = chain.notchCoefficients(coefficients);
        double deltaMsg = analysis.msgDb(coefficients, stages) - msg0Db;
        double notchSd = analysis.notchDistortionDb(coefficients, stages);
        return new LoopTrace(out, source, latency, done, marks, failedAt, stableGain, strictStableGain, deltaMsg,
                notchSd, inControlUntil, unstableHz);
    }

    private static boolean isNotch(DspEventType type) {
        return type.name().startsWith("NOTCH_");
    }
}
