package dev.rackd.dsp.limit;

/**
 * Mean of the last {@code length} values. The running sum is rebuilt from the ring once per lap so that rounding
 * cannot creep: the limiter's guarantee rests on this mean never exceeding the largest value it averages.
 */
final class MovingAverage {
    private final double[] ring;
    private int index;
    private double sum;

    MovingAverage(int length, double initial) {
        ring = new double[length];
        java.util.Arrays.fill(ring, initial);
        sum = initial * length;
    }

    double push(double value) {
        sum += value - ring[index];
        ring[index] = value;
        index++;
        if (index == ring.length) {
            index = 0;
            double exact = 0;
            for (double v : ring) {
                exact += v;
            }
            sum = exact;
        }
        return sum / ring.length;
    }

    /** Every value in the span set to {@code value}. */
    void fill(double value) {
        java.util.Arrays.fill(ring, value);
        sum = value * ring.length;
        index = 0;
    }

    void scale(double factor) {
        for (int i = 0; i < ring.length; i++) {
            ring[i] *= factor;
        }
        sum *= factor;
    }
}
