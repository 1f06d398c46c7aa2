package dev.rackd.dsp.howl;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Whatever arrives at the microphone, the detector on the audio thread neither throws nor reports nonsense. */
class HowlDetectorProperties {

    @Property(tries = 40)
    void anyInputAtAnyRateIsAnalysedWithoutAFault(@ForAll long seed, @ForAll @IntRange(min = 0, max = 5) int rateIndex,
            @ForAll @IntRange(min = 1, max = 700) int block) {
        double rate = new double[] {8000, 16000, 32000, 44100, 48000, 96000}[rateIndex];
        double[] s = HowlDecisions.hostile(seed, rate, (int) (2.5 * rate));
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
}
