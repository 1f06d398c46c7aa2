package dev.rackd.rig.acoustic;

import dev.rackd.dsp.ChainSettings;
import dev.rackd.dsp.ChannelChain;
import dev.rackd.dsp.DspEventType;
import dev.rackd.dsp.DspEvents;
import dev.rackd.dsp.FeedbackMode;
import dev.rackd.dsp.MeterRing;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The closed-loop acoustic bench: every room with speech and with sustained tonal music, the gain ramped from 3 dB
 * below the MSG upward; then false positives on clean music with no loop. Prints a Markdown table (see
 * docs/audio.md for the method). {@code --quick}: one room, shorter false-positive runs.
 */
public final class AcousticBench {
    static final double RATE = LoopRun.RATE;

    private AcousticBench() {
    }

    public static void main(String[] args) {
        boolean quick = List.of(args).contains("--quick");
        Room[] rooms = quick ? new Room[] {Room.stages()[0]} : Room.stages();
        ChainSettings settings = ChainSettings.defaults(RATE);
        System.out.println(BenchResult.header());
        List<BenchResult> results = new ArrayList<>();
        long seed = 100;
        for (Room room : rooms) {
            LoopRun loop = new LoopRun(room);
            for (Programme programme : Programme.values()) {
                BenchResult r = measure(loop, room, programme, settings, seed++);
                results.add(r);
                System.out.println(r.row());
            }
        }
        System.out.println();
        for (Programme programme : Programme.values()) {
            List<BenchResult> mine = results.stream().filter(r -> r.programme() == programme).toList();
            System.out.printf(Locale.ROOT, "%s: ΔMSG mean %.1f dB (lowest %.1f), SD mean %.1f dB (unprocessed %.1f), "
                    + "notch-only SD mean %.2f dB, onset→notch worst %.0f ms%n", programme.label(),
                    mine.stream().mapToDouble(BenchResult::addedStableGainDb).average().orElse(0),
                    mine.stream().mapToDouble(BenchResult::addedStableGainDb).min().orElse(0),
                    mine.stream().mapToDouble(BenchResult::sdDb).average().orElse(0),
                    mine.stream().mapToDouble(BenchResult::baselineSdDb).average().orElse(0),
                    mine.stream().mapToDouble(r -> r.trace().notchSdDb()).average().orElse(0),
                    mine.stream().mapToDouble(r -> r.onsetPercentileMs(1.0)).max().orElse(0));
        }
        System.out.println();
        double seconds = quick ? 10 : 30;
        for (Programme programme : Programme.values()) {
            for (long s = 1; s <= (quick ? 2 : 5); s++) {
                int placed = notchesWithoutLoop(programme.generate(seconds, 500 + s), settings);
                System.out.printf(Locale.ROOT, "false positives, no loop: %s, %.0f s, seed %d: %d notches%n",
                        programme.label(), seconds, 500 + s, placed);
            }
        }
    }

    /** One room and programme: the ramp with the chain in live mode, and the same loop unprocessed 3 dB under MSG. */
    static BenchResult measure(LoopRun loop, Room room, Programme programme, ChainSettings settings, long seed) {
        GainRamp ramp = GainRamp.standard();
        double[] source = programme.generate(ramp.seconds() + 1, seed);
        LoopTrace trace = loop.run(source, ramp, settings.withMode(FeedbackMode.LIVE), seed);
        double sd = SpectralDistortion.meanDb(trace, RATE);
        LoopTrace off = loop.run(source, GainRamp.fixed(-3, 10), settings.withMode(FeedbackMode.OFF), seed);
        double baseline = SpectralDistortion.meanDb(off, RATE);
        return new BenchResult(room.name(), programme, loop.msg0Db(), trace, sd, baseline,
                OnsetTiming.millis(trace, RATE));
    }

    /** Notches a live chain places on {@code programme} played straight in, no loudspeaker, no room. */
    static int notchesWithoutLoop(double[] programme, ChainSettings settings) {
        DspEvents events = new DspEvents(4096);
        ChannelChain chain = new ChannelChain(0, settings.withMode(FeedbackMode.LIVE), events, new MeterRing(4096));
        float[] block = new float[LoopRun.BLOCK];
        for (int at = 0; at + block.length <= programme.length; at += block.length) {
            for (int i = 0; i < block.length; i++) {
                block[i] = (float) programme[at + i];
            }
            chain.process(block, block, 0, block.length);
        }
        int[] placed = {0};
        events.drain(e -> placed[0] += e.type() == DspEventType.NOTCH_PLACED ? 1 : 0);
        return placed[0];
    }
}
