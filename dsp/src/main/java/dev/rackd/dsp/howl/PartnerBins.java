package dev.rackd.dsp.howl;

/**
 * The bins {@code Math.round((double) k * n / d)} of a peak's partners at ratios n/d (d at most 8), without a division
 * or a rounding per ratio. The exact value k n / d rounded half up is floor((2 k n + d) / 2d); as the quotient's
 * fraction is a multiple of 1/d, no nearer to a half than 1/16 unless it is one, the double quotient rounds the same
 * way. The division by 2d is a multiplication by ceil(2^32 / 2d) and a shift, exact for dividends below 2^28
 * ({@link PartnerBinsTest} checks every bin against the rounded quotient).
 */
final class PartnerBins {
    /** Largest bin for which the multiplication is exact: 2 k n + d stays below 2^28 for n up to 9. */
    static final int MAX_EXACT_BIN = 1 << 23;
    private final int[] numerators;
    private final int[] denominators;
    private final int[] twiceNumerators;
    private final long[] reciprocals;
    private final boolean exact;

    PartnerBins(int[] numerators, int[] denominators, int maxBin) {
        this.numerators = numerators.clone();
        this.denominators = denominators.clone();
        twiceNumerators = new int[numerators.length];
        reciprocals = new long[numerators.length];
        for (int i = 0; i < numerators.length; i++) {
            if (numerators[i] > 9 || denominators[i] < 1 || denominators[i] > 8) {
                throw new IllegalArgumentException("ratio " + numerators[i] + "/" + denominators[i]);
            }
            twiceNumerators[i] = 2 * numerators[i];
            long twiceDenominator = 2L * denominators[i];
            reciprocals[i] = ((1L << 32) + twiceDenominator - 1) / twiceDenominator;
        }
        exact = maxBin <= MAX_EXACT_BIN;
    }

    /** Fills {@code bins[i]} with the partner bin of peak bin {@code k} (non-negative) at ratio i. */
    void of(int k, int[] bins) {
        if (!exact) {
            for (int i = 0; i < bins.length; i++) {
                bins[i] = (int) Math.round((double) k * numerators[i] / denominators[i]);
            }
            return;
        }
        for (int i = 0; i < bins.length; i++) {
            long dividend = (long) k * twiceNumerators[i] + denominators[i];
            bins[i] = (int) ((dividend * reciprocals[i]) >>> 32);
        }
    }
}
