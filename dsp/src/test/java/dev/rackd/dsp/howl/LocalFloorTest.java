package dev.rackd.dsp.howl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LocalFloorTest {
    private static final double RATIO = Math.pow(10, HowlDetector.PAPR_DB / 10);
    private static final double NEGATIVE_NAN = Double.longBitsToDouble(0xfff8000000000000L);
    private static final double[] ODD = {0.0, Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE,
        Double.POSITIVE_INFINITY, Double.NaN, NEGATIVE_NAN};

    @Test
    void theCountTurnsAwayExactlyThePeaksTheMedianWouldAndKeepsItsFloorForTheRest() {
        Random random = new Random(9);
        SpectrumFrame frame = new SpectrumFrame(48000, 2048, 512, 1);
        double[] p = frame.power;
        for (int round = 0; round < 3000; round++) {
            // noise-like powers, now and then a stretch of ties, the odd special value
            double scale = Math.pow(10, random.nextInt(60) - 30);
            for (int j = 0; j < p.length; j++) {
                double x = random.nextGaussian();
                p[j] = random.nextInt(50) == 0 ? ODD[random.nextInt(ODD.length)]
                        : random.nextInt(8) == 0 ? scale : scale * x * x;
            }
            for (int trial = 0; trial < 20; trial++) {
                int k = 3 + random.nextInt(p.length - 6);
                double v = switch (random.nextInt(6)) {
                    case 0 -> ODD[random.nextInt(ODD.length)];
                    case 1 -> RATIO * p[Math.max(1, k - 3 - random.nextInt(20))];
                    default -> p[k] * Math.pow(10, random.nextGaussian() * 2);
                };
                double median = frame.localFloor(k);
                double floor = frame.localFloor(k, v, RATIO);
                assertEquals(v < RATIO * median, v < RATIO * floor, "k " + k + " v " + v);
                if (!(v < RATIO * median)) {
                    assertEquals(Double.doubleToRawLongBits(median), Double.doubleToRawLongBits(floor), "k " + k);
                }
            }
        }
    }
}
