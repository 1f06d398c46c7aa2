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
