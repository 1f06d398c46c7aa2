package dev.rackd.dsp.limit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class GainCurveTest {
    private static final double LIMIT = 0.5;

    @Test
    void noGainIsAboveWhatItsSampleNeedsWhateverTheChunks() {
        for (int window : new int[] {2, 11, 59, 123}) {
            Random random = new Random(window);
            GainCurve curve = new GainCurve(window, 0.001 + random.nextDouble() * 0.1);
            double[] peaks = new double[20000];
            double[] needed = new double[peaks.length];
            double[] gains = new double[peaks.length];
            for (int j = 0; j < peaks.length; j++) {
                // mostly under the limit, with bursts over it by up to 30 dB
                peaks[j] = random.nextInt(50) == 0 ? LIMIT * Math.pow(10, random.nextDouble() * 1.5)
                        : LIMIT * random.nextDouble();
                needed[j] = peaks[j] > LIMIT ? LIMIT / peaks[j] : 1.0;
            }
            for (int at = 0; at < peaks.length; ) {
                int n = Math.min(peaks.length - at, 1 + random.nextInt(300));
                double[] chunk = new double[n];
                curve.next(peaks, at, LIMIT, chunk, n);
                System.arraycopy(chunk, 0, gains, at, n);
                at += n;
            }
            for (int i = 0; i < gains.length; i++) {
                int sample = i - (window - 1);
                assertThat(gains[i]).as("window %d, push %d", window, i).isPositive().isLessThanOrEqualTo(1.0);
                if (sample >= 0) {
                    // up to the rounding of the means, which the limiter's margin (1e-6) is there to absorb
                    assertThat(gains[i]).as("window %d, gain of sample %d", window, sample)
                            .isLessThanOrEqualTo(needed[sample] * (1 + 1e-12));
                }
            }
        }
    }

    @Test
    void aDipIsForgottenOnceItHasLeftTheWindowAndBothMeans() {
        int window = 59;
        GainCurve curve = new GainCurve(window, 1.0);
        double[] peaks = new double[4 * window];
        peaks[10] = 4 * LIMIT;
        double[] gains = new double[peaks.length];
        curve.next(peaks, 0, LIMIT, gains, peaks.length);
        assertThat(gains[10 + window - 1]).isLessThanOrEqualTo(0.25);
        for (int i = 3 * window; i < gains.length; i++) {
            assertThat(gains[i]).as("push %d", i).isEqualTo(1.0);
        }
    }

    @Test
    void clearForgetsTheGain() {
        GainCurve curve = new GainCurve(20, 0.01);
        double[] peaks = {10 * LIMIT};
        double[] gain = new double[1];
        curve.next(peaks, 0, LIMIT, gain, 1);
        curve.clear();
        peaks[0] = 0.0;
        for (int i = 0; i < 100; i++) {
            curve.next(peaks, 0, LIMIT, gain, 1);
            assertThat(gain[0]).as("push %d", i).isEqualTo(1.0);
        }
    }
}
