package dev.rackd.dsp;

/**
 * The larger or smaller of two magnitudes (levels, powers, gains) without a branch: the bit patterns of non-negative
 * doubles order as the doubles do, so each is one compare and conditional move on longs. {@code Math.max} must also
 * order NaN and -0, which costs several instructions, and a plain comparison on peaks of music is a branch the
 * processor guesses wrong half the time.
 */
public final class NonNegative {
    private NonNegative() {
    }

    /** The larger of {@code a} and {@code b}, both at least +0. */
    public static double max(double a, double b) {
        return Double.longBitsToDouble(Math.max(Double.doubleToRawLongBits(a), Double.doubleToRawLongBits(b)));
    }

    /** The smaller of {@code a} and {@code b}, both at least +0. */
    public static double min(double a, double b) {
        return Double.longBitsToDouble(Math.min(Double.doubleToRawLongBits(a), Double.doubleToRawLongBits(b)));
    }
}
