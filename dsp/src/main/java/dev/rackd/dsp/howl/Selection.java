package dev.rackd.dsp.howl;

/** Order statistics in place, allocation-free. */
final class Selection {
    private Selection() {
    }

    /** Median (lower median for even counts) of {@code values[0..n)}; reorders them. */
    static double median(double[] values, int n) {
        if (n == 0) {
            return 0.0;
        }
        int target = (n - 1) / 2;
        int lo = 0;
        int hi = n - 1;
        while (lo < hi) {
            double pivot = values[(lo + hi) >>> 1];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (values[i] < pivot) {
                    i++;
                }
                while (values[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = values[i];
                    values[i] = values[j];
                    values[j] = t;
                    i++;
                    j--;
                }
            }
            if (target <= j) {
                hi = j;
            } else if (target >= i) {
                lo = i;
            } else {
                return values[target];
            }
        }
        return values[target];
    }
}
