package dev.rackd.dsp.howl;

/**
 * Doubles as longs that order as the doubles do ({@code -0} below {@code +0}, as {@link Math#min} has them; NaN apart):
 * the minimum or maximum of two is then one compare and conditional move, not a comparison of doubles that the
 * processor must guess. A positive double's bit pattern already orders right; a negative one's magnitude bits are
 * turned round.
 */
final class OrderedKeys {
    private OrderedKeys() {
    }

    static long of(double value) {
        long bits = Double.doubleToRawLongBits(value);
        return bits ^ ((bits >> 63) & Long.MAX_VALUE);
    }

    /** The double a key was made of. */
    static double value(long key) {
        return Double.longBitsToDouble(key ^ ((key >> 63) & Long.MAX_VALUE));
    }
}
