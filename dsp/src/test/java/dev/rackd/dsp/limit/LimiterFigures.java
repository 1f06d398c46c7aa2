package dev.rackd.dsp.limit;

import java.util.Locale;
import java.util.Map;

/**
 * Prints, for each piece of hard material and threshold, what the limiter lets through: samples above the threshold
 * and the true peak of the output (BS.1770 meter), in 64-sample blocks. The figures in docs/audio.md come from here;
 * {@link TruePeakLimiterTest} asserts the same bounds in other block sizes.
 */
public final class LimiterFigures {
    private LimiterFigures() {
    }

    public static void main(String[] args) {
        System.out.println("| material | input true peak dBTP | threshold dBTP | samples above | output true peak dBTP "
                + "| excess dB |");
        System.out.println("|---|---|---|---|---|---|");
        double worst = Double.NEGATIVE_INFINITY;
        int above = 0;
        for (double threshold : new double[] {-1.0, -6.0}) {
            for (Map.Entry<String, float[]> e : TruePeakLimiterTest.hardMaterial().entrySet()) {
                float[] out = HardMaterial.limit(e.getValue(), threshold, 64);
                int n = TruePeakLimiterTest.samplesAbove(out, threshold);
                double truePeak = TruePeakMeter.measureDb(out);
                worst = Math.max(worst, truePeak - threshold);
                above += n;
                System.out.printf(Locale.ROOT, "| %s | %.2f | %.1f | %d | %.3f | %+.3f |%n", e.getKey(),
                        TruePeakMeter.measureDb(e.getValue()), threshold, n, truePeak, truePeak - threshold);
            }
        }
        System.out.printf(Locale.ROOT, "%nsamples above the threshold in all: %d; largest true-peak excess: %+.3f dB%n",
                above, worst);
    }
}
