package dev.rackd.dsp.howl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Whatever arrives at the microphone, the detector on the audio thread neither throws nor reports nonsense. */
class HowlDetectorProperties {

    @Property(tries = 40)
    void anyInputAtAnyRateIsAnalysedWithoutAFault(@ForAll long seed, @ForAll @IntRange(min = 0, max = 5) int rateIndex,
            @ForAll @IntRange(min = 1, max = 700) int block) {
        double rate = new double[] {8000, 16000, 32000, 44100, 48000, 96000}[rateIndex];
        double[] s = hostileProgramme(seed, rate, (int) (2.5 * rate));
        double[] hits = {0};
        HowlDetector detector = new HowlDetector(rate, (hz, level, sample) -> {
            assertThat(hz).isFinite().isPositive().isLessThan(rate / 2);
            hits[0]++;
        });
        for (int at = 0; at < s.length; at += block) {
            detector.accept(s, at, Math.min(block, s.length - at));
        }
        assertThat(hits[0]).isGreaterThanOrEqualTo(0);
    }

    /**
     * Steady and growing tones anywhere from a few hertz to just under Nyquist (the edges of the spectrum, where
     * harmonic partners fall outside it), chords of them, noise, clipping square waves, silence and NaN-free extremes.
     */
    private static double[] hostileProgramme(long seed, double rate, int frames) {
        Random random = new Random(seed);
        double[] s = new double[frames];
        int i = 0;
        while (i < frames) {
            int length = 1 + random.nextInt((int) rate);
            int kind = random.nextInt(6);
            double level = Math.pow(10, -random.nextInt(100) / 20.0);
            double[] hz = new double[1 + random.nextInt(4)];
            for (int h = 0; h < hz.length; h++) {
                hz[h] = random.nextBoolean() ? random.nextDouble() * 200 : rate / 2 * (1 - random.nextDouble() * 0.05);
            }
            for (int k = 0; k < length && i < frames; k++, i++) {
                double t = (double) k / rate;
                double v = 0;
                for (double f : hz) {
                    v += Math.sin(2 * Math.PI * f * t);
                }
                s[i] = switch (kind) {
                    case 0 -> level * v;
                    case 1 -> level * v * Math.pow(10, 3 * t);
                    case 2 -> level * random.nextGaussian();
                    case 3 -> Math.signum(v) * level * 1000;
                    case 4 -> 0.0;
                    default -> random.nextBoolean() ? Double.MAX_VALUE / 1e10 : -Double.MAX_VALUE / 1e10;
                };
            }
        }
        return s;
    }
}
