package dev.rackd.dsp.limit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class TruePeakLimiterProperties {

    @Property(tries = 60)
    void noSampleEverAboveTheThreshold(@ForAll long seed, @ForAll @DoubleRange(min = -30, max = 0) double thresholdDb,
            @ForAll @DoubleRange(min = -20, max = 20) double levelAboveDb, @ForAll @IntRange(min = 1, max = 512) int block) {
        float[] in = randomProgramme(seed, Math.pow(10, (thresholdDb + levelAboveDb) / 20), 12000);
        float[] out = HardMaterial.limit(in, thresholdDb, block);
        assertThat(TruePeakLimiterTest.samplesAbove(out, thresholdDb)).isZero();
        assertThat(TruePeakMeter.measureDb(out)).isLessThanOrEqualTo(thresholdDb + 0.1);
    }

    @Property(tries = 60)
    void aLowerThresholdHoldsFromTheNextSampleOut(@ForAll long seed,
            @ForAll @DoubleRange(min = -30, max = 0) double firstDb, @ForAll @DoubleRange(min = 0.1, max = 20) double downDb,
            @ForAll @IntRange(min = 1, max = 512) int block, @ForAll @IntRange(min = 0, max = 100) int changeAtBlock) {
        double[] x = toDouble(randomProgramme(seed, Math.pow(10, firstDb / 20) * 2, 12000));
        TruePeakLimiter limiter = new TruePeakLimiter(48000, 64, 50, firstDb);
        double first = Math.pow(10, firstDb / 20);
        double second = Math.pow(10, (firstDb - downDb) / 20);
        boolean lowered = false;
        for (int at = 0, b = 0; at < x.length; at += block, b++) {
            if (b == changeAtBlock) {
                limiter.setThresholdDbtp(firstDb - downDb);
                lowered = true;
            }
            int n = Math.min(block, x.length - at);
            limiter.process(x, at, n);
            for (int i = at; i < at + n; i++) {
                assertThat(Math.abs(x[i])).as("sample %d", i).isLessThanOrEqualTo(lowered ? second : first);
            }
        }
    }

    private static double[] toDouble(float[] in) {
        double[] out = new double[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = in[i];
        }
        return out;
    }

    /** Noise, tones, bursts and silence mixed at random, peaking around {@code peak}. */
    private static float[] randomProgramme(long seed, double peak, int frames) {
        Random random = new Random(seed);
        float[] s = new float[frames];
        int i = 0;
        while (i < frames) {
            int length = 1 + random.nextInt(3000);
            double level = peak * random.nextDouble() * 1.5;
            double hz = random.nextDouble() * 24000;
            int kind = random.nextInt(4);
            for (int k = 0; k < length && i < frames; k++, i++) {
                s[i] = (float) switch (kind) {
                    case 0 -> level * Math.sin(2 * Math.PI * hz * i / 48000);
                    case 1 -> level * Math.max(-1, Math.min(1, random.nextGaussian()));
                    case 2 -> random.nextBoolean() ? level : -level;
                    default -> 0.0;
                };
            }
        }
        return s;
    }
}
