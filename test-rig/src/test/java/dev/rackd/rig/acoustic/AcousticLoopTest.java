package dev.rackd.rig.acoustic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rackd.dsp.ChainSettings;
import dev.rackd.dsp.FeedbackMode;
import dev.rackd.dsp.filter.NotchDesign;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The closed-loop bench measures what it claims: the MSG of a loop it can work out by hand, a howl without
 * processing, gain added by the suppressor, distortion of a known colouring, false positives on clean music.
 */
@Timeout(300)
class AcousticLoopTest {
    private static final double RATE = LoopRun.RATE;

    @Test
    void theMsgOfAPureEchoIsItsAttenuation() {
        double[] response = new double[400];
        response[300] = 0.25;
        LoopAnalysis analysis = new LoopAnalysis(response, 64, RATE);
        assertThat(analysis.msgDb(new double[0], 0)).isCloseTo(-20 * Math.log10(0.25), within(0.05));
    }

    @Test
    void aPureEchoIsUnstableAtEveryPhaseCrossingAboveItsMsgAndANotchTakesOneOut() {
        double[] response = new double[400];
        response[300] = 0.25;
        LoopAnalysis analysis = new LoopAnalysis(response, 64, RATE);
        analysis.msgDb(new double[0], 0);
        assertThat(analysis.unstableHz(3.99)).isEmpty();
        double[] all = analysis.unstableHz(4.01);
        // the loop's phase turns once every 1 / (364 samples): 131.9 Hz apart from 20 Hz to 20 kHz
        assertThat(all.length).isBetween(150, 152);
        assertThat(all[10] - all[9]).isCloseTo(RATE / 364, within(0.1));
        double[] notch = new double[NotchDesign.COEFFICIENTS];
        NotchDesign.design(RATE, all[20], -12, 1 / 80.0, notch);
        analysis.msgDb(notch, 1);
        // 0.4 dB above the MSG: the narrow notch's skirt is below that at the neighbouring crossings
        double[] left = analysis.unstableHz(4.2);
        assertThat(left).hasSize(all.length - 1).doesNotContain(all[20]);
    }

    @Test
    void aHowlsOnsetIsWhenTheLoopBecameUnstableAtItsOwnFrequencyNotElsewhere() {
        // a peak at 1.5 kHz rings, loud, from the first second on, while the loop is unstable only at 1 kHz; the notch
        // on 1.5 kHz comes at 2 s
        int frames = (int) (3 * RATE);
        double[] speaker = new double[frames];
        for (int i = (int) RATE; i < frames; i++) {
            speaker[i] = 0.1 * Math.sin(2 * Math.PI * 1500 * i / RATE);
        }
        double[] source = new double[frames];
        double[][] unstableHz = new double[frames / LoopRun.BLOCK][];
        for (int b = 0; b < unstableHz.length; b++) {
            unstableHz[b] = b * LoopRun.BLOCK < RATE ? null : new double[] {1000.0};
        }
        List<LoopTrace.NotchMark> marks = List.of(new LoopTrace.NotchMark(2.0, 1500, "notch_placed"));
        LoopTrace trace = new LoopTrace(speaker, source, 0, frames, marks, Double.NaN, 0, 0, 0, 0, 3.0, unstableHz);
        assertThat(OnsetTiming.millis(trace, RATE).get(0)).as("unstable anywhere").isBetween(900.0, 1000.0);
        assertThat(OnsetTiming.millis(trace, RATE, 3.0, true)).as("unstable at 1.5 kHz").containsExactly(0.0);
        unstableHz[(int) (1.5 * RATE) / LoopRun.BLOCK] = new double[] {1000.0, 1510.0};
        for (int b = (int) (1.5 * RATE) / LoopRun.BLOCK; b < unstableHz.length; b++) {
            unstableHz[b] = new double[] {1000.0, 1510.0};
        }
        assertThat(OnsetTiming.millis(trace, RATE, 3.0, true).get(0)).as("unstable at 1.51 kHz from 1.5 s")
                .isBetween(450.0, 510.0);
    }

    @Test
    void aNotchOnTheCriticalFrequencyRaisesTheMsgAndCostsSpectralDistortion() {
        LoopRun loop = new LoopRun(Room.stages()[0]);
        LoopAnalysis analysis = loop.analysis();
        double msg0 = analysis.msgDb(new double[0], 0);
        double critical = analysis.criticalHz();
        double[] notch = new double[NotchDesign.COEFFICIENTS];
        NotchDesign.design(RATE, critical, -12, 0.1, notch);
        assertThat(analysis.msgDb(notch, 1)).isGreaterThan(msg0 + 0.3);
        assertThat(analysis.notchDistortionDb(notch, 1)).isBetween(0.05, 2.0);
        assertThat(analysis.notchDistortionDb(new double[0], 0)).isZero();
    }

    @Test
    void unprocessedTheRampHowlsSoonAfterTheMsg() {
        LoopRun loop = new LoopRun(Room.stages()[0]);
        GainRamp ramp = GainRamp.standard();
        double[] source = Programme.SPEECH.generate(ramp.seconds() + 1, 100);
        LoopTrace off = loop.run(source, ramp, ChainSettings.defaults(RATE).withMode(FeedbackMode.OFF), 100);
        assertThat(off.failedAtSeconds()).as("the run ends in a howl").isLessThan(ramp.seconds());
        assertThat(off.stableGainDb()).as("no gain above the MSG holds without a suppressor").isLessThan(1.5);
        assertThat(off.notches()).isEmpty();
    }

    @Test
    void liveTheSuppressorAddsGainOnSpeechAndCatchesHowlsQuickly() {
        BenchResult live = live(0, Programme.SPEECH, 100);
        assertThat(live.addedStableGainDb()).isGreaterThan(6.0);
        assertThat(live.trace().strictStableGainDb()).isGreaterThan(4.0);
        assertThat(live.sdDb()).isLessThan(3.0);
        assertThat(live.onsetPercentileMs(0.5)).isLessThan(200);
    }

    @Test
    void twoModesRingingInsideOneBinAreCaughtBeforeTheLoopRunsAway() {
        // the club stage under speech, fourth seed of the bench: from 19.4 s two modes 20 Hz apart ring together and
        // beat; taken for neither a hold nor a growth, they ran away at 4.9 dB of added gain
        BenchResult live = live(1, Programme.SPEECH, 3102);
        assertThat(live.addedStableGainDb()).isGreaterThan(6.0);
        assertThat(live.trace().notches()).anySatisfy(n -> assertThat(n.hz()).isBetween(2290.0, 2325.0));
    }

    /** A bench run of the live chain: one of the bench's rooms, programme and seed. */
    private static BenchResult live(int room, Programme programme, long seed) {
        Room r = Room.stages()[room];
        return AcousticBench.measure(new LoopRun(r), r, programme, ChainSettings.defaults(RATE), seed);
    }

    @Test
    void cleanTonalMusicWithNoLoopGetsAtMostTwoNotchesInThirtySeconds() {
        double[] music = Programme.TONAL_MUSIC.generate(30, 501);
        assertThat(AcousticBench.notchesWithoutLoop(music, ChainSettings.defaults(RATE), false)).isLessThanOrEqualTo(2);
    }

    @Test
    void spectralDistortionReadsAFlatLossAsItsSizeAndNoChangeAsZero() {
        double[] source = Programme.SPEECH.generate(4, 3);
        double[] quieter = new double[source.length];
        for (int i = 0; i < source.length; i++) {
            quieter[i] = source[i] * 0.5;
        }
        double[][] stable = new double[source.length / LoopRun.BLOCK][];
        LoopTrace same = new LoopTrace(source, source, 0, source.length, List.of(), Double.NaN, 0, 0, 0, 0, 0, stable);
        LoopTrace halved = new LoopTrace(quieter, source, 0, source.length, List.of(), Double.NaN, 0, 0, 0, 0, 0,
                stable);
        assertThat(SpectralDistortion.meanDb(same, RATE, true)).isCloseTo(0.0, within(1e-9));
        assertThat(SpectralDistortion.meanDb(halved, RATE, true)).isCloseTo(6.02, within(0.05));
        assertThat(SpectralDistortion.meanDb(halved, RATE, false)).isCloseTo(6.02, within(0.05));
    }
}
