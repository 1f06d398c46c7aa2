package dev.rackd.dsp.bench;

import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link ChainBenchmark} with the GC profiler and prints the real-time factor and the bytes allocated per block.
 * See docs/audio.md for the command.
 */
public final class ChainBenchmarkMain {
    private ChainBenchmarkMain() {
    }

    public static void main(String[] args) throws RunnerException {
        Options options = new OptionsBuilder()
                .include(ChainBenchmark.class.getSimpleName() + ".block")
                .addProfiler("gc")
                .build();
        Collection<RunResult> results = new Runner(options).run();
        for (RunResult r : results) {
            double nanosPerBlock = r.getPrimaryResult().getScore();
            double blockNanos = ChainBenchmark.BLOCK / ChainBenchmark.RATE * 1e9;
            System.out.printf(Locale.ROOT, "%nfull chain, one channel, 48 kHz, 64-sample blocks: %.0f ns per block, "
                    + "real-time factor %.0fx%n", nanosPerBlock, blockNanos / nanosPerBlock);
            var allocated = r.getSecondaryResults().get("gc.alloc.rate.norm");
            if (allocated != null) {
                System.out.printf(Locale.ROOT, "allocated per block: %.3f bytes%n", allocated.getScore());
            }
        }
    }
}
