package dev.rackd.dsp.howl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PartnerBinsTest {

    @Test
    void everyBinOfEveryRatioIsTheRoundedQuotient() {
        int[] numerators = new int[9 * 8];
        int[] denominators = new int[numerators.length];
        for (int n = 1; n <= 9; n++) {
            for (int d = 1; d <= 8; d++) {
                numerators[(n - 1) * 8 + d - 1] = n;
                denominators[(n - 1) * 8 + d - 1] = d;
            }
        }
        PartnerBins partners = new PartnerBins(numerators, denominators, PartnerBins.MAX_EXACT_BIN);
        int[] bins = new int[numerators.length];
        // every bin of a 2^17-point frame, and the last stretch below the largest bin the multiplication serves
        int skipFrom = 1 << 16;
        int skipTo = PartnerBins.MAX_EXACT_BIN - (1 << 16);
        for (int k = 0; k <= PartnerBins.MAX_EXACT_BIN; k = k == skipFrom ? skipTo : k + 1) {
            partners.of(k, bins);
            for (int i = 0; i < bins.length; i++) {
                assertEquals((int) Math.round((double) k * numerators[i] / denominators[i]), bins[i],
                        k + " * " + numerators[i] + " / " + denominators[i]);
            }
        }
    }

    @Test
    void beyondTheLargestExactBinItDividesAndRounds() {
        PartnerBins partners = new PartnerBins(new int[] {3, 1}, new int[] {2, 7}, PartnerBins.MAX_EXACT_BIN + 1);
        int[] bins = new int[2];
        int k = PartnerBins.MAX_EXACT_BIN + 12345;
        partners.of(k, bins);
        assertEquals(Math.round(k * 3 / 2.0), bins[0]);
        assertEquals(Math.round(k / 7.0), bins[1]);
    }
}
