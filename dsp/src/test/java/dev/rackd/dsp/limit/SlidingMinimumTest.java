package dev.rackd.dsp.limit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SlidingMinimumTest {

    @Test
    void givesTheMinimumOfTheLastWindowValuesFromTheFirstPushOn() {
        for (int window : new int[] {1, 2, 7, 59}) {
            Random random = new Random(window);
            SlidingMinimum minimum = new SlidingMinimum(window);
            double[] pushed = new double[2000];
            for (int n = 0; n < pushed.length; n++) {
                pushed[n] = random.nextInt(5) == 0 ? 1.0 : random.nextDouble();
                double expected = Double.POSITIVE_INFINITY;
                for (int j = Math.max(0, n - window + 1); j <= n; j++) {
                    expected = Math.min(expected, pushed[j]);
                }
                assertEquals(expected, minimum.push(pushed[n]), "window " + window + ", push " + n);
            }
        }
    }

    @Test
    void scalingScalesEveryMinimumStillToCome() {
        SlidingMinimum scaled = new SlidingMinimum(10);
        SlidingMinimum reference = new SlidingMinimum(10);
        Random random = new Random(3);
        for (int n = 0; n < 25; n++) {
            double v = random.nextDouble();
            scaled.push(v);
            reference.push(v * 0.5);
        }
        scaled.scale(0.5);
        for (int n = 0; n < 30; n++) {
            double v = random.nextDouble() * 0.5;
            assertEquals(reference.push(v), scaled.push(v), 1e-15, "push " + n + " after scaling");
        }
    }
}
