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
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToDoubleFunction;

/**
 * The closed-loop acoustic bench: every room with speech and with sustained tonal music, the gain ramped from 3 dB
 * below the MSG upward; then false positives on clean music with no loop. Prints a Markdown table (see
 * docs/audio.md for the method). {@code --quick}: one room, shorter false-positive runs; {@code --false-positives}:
 * only those, each notch listed; {@code --seeds N}: every room and programme N times over, each with its own source
 * and loop noise (the onset tail of one run per room moves by tens of ms with any change that shifts when the loop
 * howls, so a change to the detector is judged on several); {@code --from K}: those N repeats start at the K-th
 * (counting from 0), seeds a change was not tuned on; {@code -Dbench.trace=true}: one run followed as it happens.
 */
public final class AcousticBench {
    static final double RATE = LoopRun.RATE;
    /** {@code -Dbench.trace=true}: follow one run (and list each false positive) as it happens. */
    static final boolean TRACE = LoopRun.TRACE;

    private AcousticBench() {
    }

    public static void main(String[] args) throws InterruptedException, ExecutionException {
        boolean quick = List.of(args).contains("--quick");
        int seeds;
        int from;
        try {
            seeds = number(args, "--seeds", 1, 1);
            from = number(args, "--from", 0, 0);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (TRACE) {
            // one room and programme, its instabilities and notches as they happen (-Dbench.room, -Dbench.programme,
            // -Dbench.seed)
            int room = Integer.getInteger("bench.room", 1);
            Programme programme = Programme.values()[Integer.getInteger("bench.programme", 0)];
            // the seed of that room and programme in the first repeat, or -Dbench.seed (a later repeat's is 1000 more)
            long seed = Long.getLong("bench.seed", 100 + 2L * room + programme.ordinal());
            BenchResult r = measure(new LoopRun(Room.stages()[room]), Room.stages()[room], programme,
                    ChainSettings.defaults(RATE), seed);
            System.out.println(BenchResult.header());
            System.out.println(r.row());
            System.out.println("onset to notch, ms: " + r.onsetToNotchMs());
            System.out.println("the same, unstable at the notch's own frequency: " + r.ownOnsetMs());
            System.out.printf(Locale.ROOT, "in control until %.2f s%n", r.trace().inControlUntilSeconds());
            return;
        }
        Room[] rooms = quick ? new Room[] {Room.stages()[0]} : Room.stages();
        ChainSettings settings = ChainSettings.defaults(RATE);
        System.out.println(BenchResult.header());
        boolean onlyFalsePositives = List.of(args).contains("--false-positives");
        if (onlyFalsePositives) {
            rooms = new Room[0];
        }
        // every room and programme is its own simulation: run them on all cores, report them in order
        List<Callable<BenchResult>> runs = new ArrayList<>();
        for (int repeat = from; repeat < from + seeds; repeat++) {
            // the first repeat keeps the seeds of a single run, so its rows read the same as ever
            long seed = 100 + 1000L * repeat;
            for (Room room : rooms) {
                for (Programme programme : Programme.values()) {
                    long s = seed++;
                    runs.add(() -> measure(new LoopRun(room), room, programme, settings, s));
                }
            }
        }
        List<BenchResult> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors())) {
            for (Future<BenchResult> f : pool.invokeAll(runs)) {
                BenchResult r = f.get();
                results.add(r);
                System.out.println(r.row());
            }
        }
        System.out.println();
        for (Programme programme : Programme.values()) {
            List<BenchResult> mine = results.stream().filter(r -> r.programme() == programme).toList();
            List<Double> onsets = mine.stream().flatMap(r -> r.onsetToNotchMs().stream()).sorted().toList();
            List<Double> own = mine.stream().flatMap(r -> r.ownOnsetMs().stream()).sorted().toList();
            List<Double> inControl = mine.stream().flatMap(r -> r.ownOnsetInControlMs().stream()).sorted().toList();
            System.out.printf(Locale.ROOT, "%s: ΔMSG mean %.1f dB (lowest %.1f), Nyquist-stable %.1f, "
                    + "final bank %.1f; SD mean %.1f dB auditory, %.1f bin by bin (unprocessed at -3 dB %.1f and "
                    + "%.1f), notch-only %.2f; onset→notch over %d notches: median %.0f ms, p90 %.0f ms, "
                    + "worst %.0f ms; unstable at the notch's own frequency: median %.0f, p90 %.0f, worst %.0f ms, "
                    + "of those placed while in control (%d): median %.0f, p90 %.0f, worst %.0f ms%n",
                    programme.label(),
                    mean(mine, BenchResult::addedStableGainDb),
                    mine.stream().mapToDouble(BenchResult::addedStableGainDb).min().orElse(0),
                    mean(mine, r -> r.trace().strictStableGainDb()), mean(mine, r -> r.trace().deltaMsgDb()),
                    mean(mine, BenchResult::sdDb), mean(mine, BenchResult::sdBinsDb),
                    mean(mine, BenchResult::baselineSdDb), mean(mine, BenchResult::baselineSdBinsDb),
                    mean(mine, r -> r.trace().notchSdDb()), onsets.size(),
                    percentile(onsets, 0.5), percentile(onsets, 0.9), percentile(onsets, 1.0),
                    percentile(own, 0.5), percentile(own, 0.9), percentile(own, 1.0), inControl.size(),
                    percentile(inControl, 0.5), percentile(inControl, 0.9), percentile(inControl, 1.0));
            double[] range = RunBootstrap.interval(mine.stream().map(BenchResult::ownOnsetMs).toList(), 0.9);
            System.out.printf(Locale.ROOT, "%s: p90 from the howl's own onset, 95 %% of it over the %d runs "
                    + "resampled %d times: %.0f to %.0f ms%n", programme.label(), mine.size(), RunBootstrap.RESAMPLES,
                    range[0], range[1]);
        }
        System.out.println();
        double seconds = quick ? 10 : 30;
        for (Programme programme : Programme.values()) {
            for (long s = 1; s <= (quick ? 2 : 5); s++) {
                int placed = notchesWithoutLoop(programme.generate(seconds, 500 + s), settings, onlyFalsePositives);
                System.out.printf(Locale.ROOT, "false positives, no loop: %s, %.0f s, seed %d: %d notches%n",
                        programme.label(), seconds, 500 + s, placed);
            }
        }
    }

    /** The number after {@code option}, from {@code least} to 99, or {@code otherwise} when it is not given. */
    private static int number(String[] args, String option, int least, int otherwise) {
        List<String> list = List.of(args);
        int at = list.indexOf(option);
        if (at < 0) {
            return otherwise;
        }
        if (at + 1 >= list.size() || !list.get(at + 1).matches("[0-9]{1,2}")
                || Integer.parseInt(list.get(at + 1)) < least) {
            throw new IllegalArgumentException(option + " takes a number from " + least + " to 99");
        }
        return Integer.parseInt(list.get(at + 1));
    }

    private static double mean(List<BenchResult> results, ToDoubleFunction<BenchResult> figure) {
        return results.stream().mapToDouble(figure).average().orElse(Double.NaN);
    }

    static double percentile(List<Double> sorted, double share) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(share * sorted.size())));
    }

    /** One room and programme: the ramp with the chain in live mode, and the same loop unprocessed 3 dB under MSG. */
    static BenchResult measure(LoopRun loop, Room room, Programme programme, ChainSettings settings, long seed) {
        GainRamp ramp = GainRamp.standard();
        double[] source = programme.generate(ramp.seconds() + 1, seed);
        LoopTrace trace = loop.run(source, ramp, settings.withMode(FeedbackMode.LIVE), seed);
        double sd = SpectralDistortion.meanDb(trace, RATE, true);
        double sdBins = SpectralDistortion.meanDb(trace, RATE, false);
        LoopTrace off = loop.run(source, GainRamp.fixed(-3, 10), settings.withMode(FeedbackMode.OFF), seed);
        double baseline = SpectralDistortion.meanDb(off, RATE, true);
        double baselineBins = SpectralDistortion.meanDb(off, RATE, false);
        return new BenchResult(room.name(), programme, loop.msg0Db(), trace, sd, sdBins, baseline, baselineBins,
                OnsetTiming.millis(trace, RATE), OnsetTiming.millis(trace, RATE, Double.POSITIVE_INFINITY, true),
                OnsetTiming.millis(trace, RATE, trace.inControlUntilSeconds(), true));
    }

    /** Notches a live chain places on {@code programme} played straight in, no loudspeaker, no room. */
    static int notchesWithoutLoop(double[] programme, ChainSettings settings, boolean list) {
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
        events.drain(e -> {
            placed[0] += e.type() == DspEventType.NOTCH_PLACED ? 1 : 0;
            if (list && e.type() == DspEventType.NOTCH_PLACED) {
                System.out.printf(Locale.ROOT, "  notch at %.3f s, %.1f Hz%n", e.sample() / RATE, e.hz());
            }
        });
        return placed[0];
    }
}
