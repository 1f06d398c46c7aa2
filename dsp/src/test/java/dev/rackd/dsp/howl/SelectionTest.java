package dev.rackd.dsp.howl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SelectionTest {

    @Test
    void theMedianOfNoisePowersIsTheEighthSmallest() {
        Random random = new Random(42);
        double[] values = new double[Selection.COUNT];
        for (int round = 0; round < 20_000; round++) {
            for (int i = 0; i < values.length; i++) {
                // exponential like a noise bin's power, with ties now and then
                values[i] = random.nextInt(10) == 0 ? 1.0 : -Math.log(1 - random.nextDouble());
            }
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            assertEquals(sorted[7], Selection.lowerMedianOf16(bits(values)), "round " + round);
        }
    }

    @Test
    void everyOrderOfZerosAndOnesComesOutRight() {
        // the 0-1 principle: a comparator network that handles every 0/1 input handles every input
        double[] values = new double[Selection.COUNT];
        for (int bits = 0; bits < 1 << Selection.COUNT; bits++) {
            int ones = Integer.bitCount(bits);
            for (int i = 0; i < values.length; i++) {
                values[i] = (bits >> i) & 1;
            }
            assertEquals(ones >= 9 ? 1.0 : 0.0, Selection.lowerMedianOf16(bits(values)),
                    "input " + Integer.toBinaryString(bits));
        }
    }

    private static long[] bits(double[] values) {
        long[] bits = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            bits[i] = Double.doubleToRawLongBits(values[i]);
        }
        return bits;
    }
}
