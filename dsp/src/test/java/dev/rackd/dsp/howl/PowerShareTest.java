package dev.rackd.dsp.howl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PowerShareTest {

    /** The decision as it always was: the total summed in order. */
    private static boolean inOrder(double[] p, double part, double share) {
        int half = p.length - 1;
        double total = p[0] + p[half];
        for (int k = 1; k < half; k++) {
            total += p[k];
        }
        return (total <= 0 ? 0.0 : part / total) < share;
    }

    @Test
    void decidesAsTheSumInOrderDoesEvenAtTheEdge() {
        Random random = new Random(5);
        for (int round = 0; round < 20_000; round++) {
            double[] p = new double[(1 << (4 + random.nextInt(9))) + 1];
            double scale = Math.pow(10, random.nextInt(40) - 20);
            for (int k = 0; k < p.length; k++) {
                double x = random.nextGaussian();
                p[k] = random.nextInt(20) == 0 ? 0.0 : scale * x * x * Math.exp(-k / (1.0 + random.nextInt(300)));
            }
            double exact = 0;
            for (double v : p) {
                exact += v;
            }
            // parts anywhere, and a hair's breadth either side of the share, where only the order of the sum can tell
            double part = switch (round % 4) {
                case 0 -> random.nextDouble() * exact;
                case 1 -> 0.5 * exact * (1 + (random.nextDouble() - 0.5) * 1e-12);
                case 2 -> 0.5 * exact * (1 + (random.nextDouble() - 0.5) * 4e-6);
                default -> Math.nextUp(0.5 * exact) * (random.nextBoolean() ? 1 : 1 - 1e-16);
            };
            PowerShare share = new PowerShare(p);
            assertEquals(inOrder(p, part, 0.5), share.below(part, 0.5), "round " + round);
        }
    }

    @Test
    void zerosNaNsAndInfinitiesAreLeftToTheSumInOrder() {
        double[][] cases = {
            {0, 0, 0, 0, 0},
            {1, Double.NaN, 1, 1, 1},
            {1, Double.POSITIVE_INFINITY, 1, 1, 1},
            {Double.MAX_VALUE, Double.MAX_VALUE, 0, 0, 1},
            {Double.MIN_VALUE, 0, Double.MIN_VALUE, 0, 0},
        };
        for (double[] p : cases) {
            for (double part : new double[] {0, 1, Double.NaN, Double.POSITIVE_INFINITY, Double.MIN_VALUE}) {
                assertEquals(inOrder(p, part, 0.5), new PowerShare(p).below(part, 0.5),
                        java.util.Arrays.toString(p) + " " + part);
            }
        }
    }
}
