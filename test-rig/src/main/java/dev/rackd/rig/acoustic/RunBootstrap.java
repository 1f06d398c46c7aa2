package dev.rackd.rig.acoustic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How far a percentile of the onset times could move with other runs: the bench's runs resampled with replacement
 * (each run's notches stay together: one howl changes the gain at which the next goes unstable, so notches of one run
 * are not independent draws) and the percentile taken again, many times. Gives the range that holds the middle 95 %
 * of those percentiles. Deterministic: the same runs give the same range.
 */
final class RunBootstrap {
    static final int RESAMPLES = 2000;

    private RunBootstrap() {
    }

    /** The 2.5th and 97.5th percentiles of {@code share}'s percentile over resampled runs; zeros with no notches. */
    static double[] interval(List<List<Double>> runs, double share) {
        if (runs.stream().allMatch(List::isEmpty)) {
            return new double[] {0, 0};
        }
        SplittableRandom random = new SplittableRandom(20_260_601L);
        double[] estimates = new double[RESAMPLES];
        List<Double> pooled = new ArrayList<>();
        for (int i = 0; i < RESAMPLES; i++) {
            pooled.clear();
            for (int r = 0; r < runs.size(); r++) {
                pooled.addAll(runs.get(random.nextInt(runs.size())));
            }
            pooled.sort(null);
            estimates[i] = AcousticBench.percentile(pooled, share);
        }
        Arrays.sort(estimates);
        return new double[] {estimates[(int) (0.025 * RESAMPLES)], estimates[(int) (0.975 * RESAMPLES) - 1]};
    }
}
