package dev.rackd.dsp.howl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class OrderedKeysTest {
    private static final double[] SPECIAL = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL,
        -Double.MIN_NORMAL, 1.0, -1.0, Double.MAX_VALUE, -Double.MAX_VALUE, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY};

    @Test
    void minimaAndMaximaOfKeysAreThoseOfTheDoubles() {
        Random random = new Random(3);
        for (int i = 0; i < 200_000; i++) {
            double a = pick(random);
            double b = pick(random);
            long ka = OrderedKeys.of(a);
            long kb = OrderedKeys.of(b);
            assertEquals(Double.doubleToRawLongBits(Math.min(a, b)),
                    Double.doubleToRawLongBits(OrderedKeys.value(Math.min(ka, kb))), a + " " + b);
            assertEquals(Double.doubleToRawLongBits(Math.max(a, b)),
                    Double.doubleToRawLongBits(OrderedKeys.value(Math.max(ka, kb))), a + " " + b);
            assertEquals(Double.doubleToRawLongBits(a), Double.doubleToRawLongBits(OrderedKeys.value(ka)));
        }
    }

    private static double pick(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> SPECIAL[random.nextInt(SPECIAL.length)];
            case 1 -> random.nextGaussian() * Math.pow(10, random.nextInt(600) - 300);
            default -> Double.longBitsToDouble(random.nextLong() & 0x7fefffffffffffffL)
                    * (random.nextBoolean() ? 1 : -1);
        };
    }
}
