package dev.rackd.rig.acoustic;

/** Level helpers for the bench's programme material. */
final class Levels {
    private Levels() {
    }

    /** Scales {@code s} so that its RMS over the 50 ms windows that are not silence is {@code rmsDbfs}. */
    static double[] normaliseActive(double[] s, double rmsDbfs, double rate) {
        int window = (int) (0.05 * rate);
        double total = 0;
        long counted = 0;
        for (int start = 0; start + window <= s.length; start += window) {
            double e = 0;
            for (int i = start; i < start + window; i++) {
                e += s[i] * s[i];
            }
            if (e / window > 1e-10) {
                total += e;
                counted += window;
            }
        }
        double gain = Math.pow(10, rmsDbfs / 20) / Math.sqrt(total / Math.max(1, counted));
        for (int i = 0; i < s.length; i++) {
            s[i] *= gain;
        }
        return s;
    }

    static double db(double power) {
        return 10 * Math.log10(power);
    }
}
