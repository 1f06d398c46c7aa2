package dev.rackd.rig.acoustic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RunBootstrapTest {
    @Test
    void runsThatAllReadTheSameLeaveNoDoubt() {
        List<List<Double>> runs = List.of(List.of(100.0, 250.0), List.of(100.0, 250.0), List.of(100.0, 250.0));
        assertThat(RunBootstrap.interval(runs, 0.9)).containsExactly(250.0, 250.0);
    }

    @Test
    void theRangeHoldsTheTruePercentileMostOfTheTimeAndNarrowsWithMoreRuns() {
        // onset times uniform over 0-1000 ms: the true p90 is 900
        SplittableRandom random = new SplittableRandom(7);
        int held = 0;
        int benches = 40;
        for (int b = 0; b < benches; b++) {
            double[] range = RunBootstrap.interval(runs(random, 12), 0.9);
            held += range[0] <= 900 && 900 <= range[1] ? 1 : 0;
        }
        assertThat(held).isGreaterThanOrEqualTo(32); // 95 % in theory; a percentile's bootstrap runs a little short
        double[] few = RunBootstrap.interval(runs(random, 6), 0.9);
        double[] many = RunBootstrap.interval(runs(random, 96), 0.9);
        assertThat(many[1] - many[0]).isLessThan((few[1] - few[0]) / 2);
    }

    @Test
    void aRunsNotchesAreDrawnTogether() {
        // one run holds every slow notch: resampled as a whole, it is missing from many resamples and the low end
        // of the range falls to the fast runs' times
        List<List<Double>> runs = new ArrayList<>();
        for (int r = 0; r < 9; r++) {
            runs.add(List.of(50.0, 60.0, 70.0));
        }
        runs.add(List.of(900.0, 910.0, 920.0, 930.0));
        double[] range = RunBootstrap.interval(runs, 0.9);
        assertThat(range[0]).isEqualTo(70.0);
        assertThat(range[1]).isGreaterThanOrEqualTo(900.0);
    }

    @Test
    void noNotchesGiveZeros() {
        assertThat(RunBootstrap.interval(List.of(List.of(), List.of()), 0.9)).containsExactly(0.0, 0.0);
    }

    private static List<List<Double>> runs(SplittableRandom random, int count) {
        List<List<Double>> runs = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            List<Double> notches = new ArrayList<>();
            for (int n = 0; n < 10; n++) {
                notches.add(random.nextDouble(1000));
            }
            runs.add(notches);
        }
        return runs;
    }
}
