package dev.rackd.dsp.howl;

/**
 * Whether a part of a frame's power is less than a share of the whole: {@code part / total < share}, the total being
 * the power summed bin by bin in rising order ({@code power[0] + power[n/2]}, then bins 1 to n/2-1), as it always was.
 * That sum is a chain of a thousand dependent additions. A sum in eight interleaved parts takes a fraction of the
 * time, and both lie within (n-1) 2^-53 of the exact sum of the non-negative powers (Higham, Accuracy and Stability of
 * Numerical Algorithms, 4.2), so well within a millionth of each other: the rough sum decides unless the ratio lies
 * within a millionth of the share, and otherwise (or with a NaN, an infinity, a zero) the sum in order decides.
 */
final class PowerShare {
    /** Relative margin around the share within which only the sum in order decides. */
    private static final double MARGIN = 1e-6;
    private final double[] power;
    private double inOrder;
    private boolean inOrderKnown;
    private double rough;
    private boolean roughKnown;

    PowerShare(double[] power) {
        this.power = power;
    }

    /** The powers have changed: a new frame. */
    void clear() {
        inOrderKnown = false;
        roughKnown = false;
    }

    /** {@code part / total < share} for a share in (0, 1], the total summed in order. */
    boolean below(double part, double share) {
        double sum = rough();
        if (sum > 0 && sum < Double.MAX_VALUE / 2) {
            double ratio = part / sum;
            if (ratio < share * (1 - MARGIN)) {
                return true;
            }
            if (ratio > share * (1 + MARGIN)) {
                return false;
            }
        }
        double total = inOrder();
        return (total <= 0 ? 0.0 : part / total) < share;
    }

    private double inOrder() {
        if (!inOrderKnown) {
            int half = power.length - 1;
            double sum = power[0] + power[half];
            for (int k = 1; k < half; k++) {
                sum += power[k];
            }
            inOrder = sum;
            inOrderKnown = true;
        }
        return inOrder;
    }

    private double rough() {
        if (!roughKnown) {
            double[] p = power;
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            double s4 = 0;
            double s5 = 0;
            double s6 = 0;
            double s7 = 0;
            int k = 0;
            for (; k + 8 <= p.length; k += 8) {
                s0 += p[k];
                s1 += p[k + 1];
                s2 += p[k + 2];
                s3 += p[k + 3];
                s4 += p[k + 4];
                s5 += p[k + 5];
                s6 += p[k + 6];
                s7 += p[k + 7];
            }
            for (; k < p.length; k++) {
                s0 += p[k];
            }
            rough = ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
            roughKnown = true;
        }
        return rough;
    }
}
