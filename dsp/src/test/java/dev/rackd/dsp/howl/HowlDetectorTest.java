package dev.rackd.dsp.howl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HowlDetectorTest {
    private static final double RATE = TestProgramme.RATE;

    record Hit(double hz, double levelDbfs, long sample) {
    }

    private static List<Hit> detect(double[] signal) {
        List<Hit> hits = new ArrayList<>();
        HowlDetector detector = new HowlDetector(RATE, (hz, level, sample) -> hits.add(new Hit(hz, level, sample)));
        for (int at = 0; at + 64 <= signal.length; at += 64) {
            detector.accept(signal, at, 64);
        }
        return hits;
    }

    @Test
    void at192KilohertzTheTransformStaysOnTheAudioThreadInsteadOfWaitingOnAPool() {
        HowlDetector detector = new HowlDetector(192000, (hz, level, sample) -> { });
        assertThat(detector.fftSize()).as("large enough for JTransforms to go parallel by default").isGreaterThanOrEqualTo(8192);
        // one thread: JTransforms then never hands a transform to its pool (and waits on it) at any size
        assertThat(pl.edu.icm.jlargearrays.ConcurrencyUtils.getNumberOfThreads()).isEqualTo(1);
    }

    @Test
    void aGrowingHowlIsFoundQuicklyAndItsFrequencyToAFractionOfABin() {
        for (double hz : new double[] {187.3, 1013.7, 2511.2, 6789.4, 12345.6}) {
            double[] s = TestProgramme.growingHowl(hz, -60, 40, 2.0, 1);
            List<Hit> hits = detect(s);
            assertThat(hits).as("%s Hz", hz).isNotEmpty();
            Hit first = hits.get(0);
            assertThat(first.hz()).as("%s Hz", hz).isCloseTo(hz, within(RATE / 2048 / 20));
            // the howl passes -40 dBFS (clearly above the -50 dBFS noise bed) at 0.5 s
            double secondsAfter = first.sample() / RATE - 0.5;
            assertThat(secondsAfter).as("%s Hz: found %s s after reaching -40 dBFS", hz, secondsAfter).isLessThan(0.15);
        }
    }

    @Test
    void frequencyEstimateIsFinerThanATwentiethOfABin() {
        HowlDetector probe = new HowlDetector(RATE, (hz, level, sample) -> { });
        double bin = probe.binHz();
        for (double offset = 0; offset < 1; offset += 0.125) {
            double hz = (100 + offset) * bin;
            List<Hit> hits = detect(TestProgramme.growingHowl(hz, -50, 30, 1.5, 2));
            assertThat(hits).isNotEmpty();
            for (Hit h : hits) {
                assertThat(h.hz()).as("offset %s bin", offset).isCloseTo(hz, within(bin / 20));
            }
        }
    }

    @Test
    void aSungVowelWithVibratoIsNotAHowl() {
        for (double f0 : new double[] {110, 196, 262, 440}) {
            assertThat(detect(TestProgramme.sungVowel(f0, 40, 4.0, 3))).as("%s Hz vowel", f0).isEmpty();
        }
    }

    @Test
    void aSungVowelWithBarelyAnyVibratoIsNotAHowlEither() {
        for (double f0 : new double[] {147, 330}) {
            assertThat(detect(TestProgramme.sungVowel(f0, 5, 4.0, 4))).as("%s Hz straight vowel", f0).isEmpty();
        }
    }

    @Test
    void aStruckPianoChordIsNotAHowl() {
        assertThat(detect(TestProgramme.pianoChord(new double[] {130.8, 164.8, 196.0, 261.6}, 4.0))).isEmpty();
        assertThat(detect(TestProgramme.pianoChord(new double[] {523.3, 659.3, 784.0}, 4.0))).isEmpty();
    }

    @Test
    void aHeldOrganNoteWithItsHarmonicsIsNotAHowl() {
        assertThat(detect(TestProgramme.organNote(220, 5.0))).isEmpty();
    }

    @Test
    void aHowlGrowingUnderASungVowelIsStillFound() {
        double[] s = TestProgramme.mix(TestProgramme.sungVowel(196, 40, 3.0, 5),
                TestProgramme.growingHowl(1733.3, -50, 40, 3.0, 6));
        List<Hit> hits = detect(s);
        assertThat(hits).isNotEmpty();
        assertThat(hits).allSatisfy(h -> assertThat(h.hz()).isCloseTo(1733.3, within(1.0)));
    }

    @Test
    void aPureToneWithVibratoIsNotAHowlButTheSameToneHeldStraightIs() {
        int n = (int) (3 * RATE);
        double[] vibrato = new double[n];
        double[] straight = new double[n];
        double phase = 0;
        for (int i = 0; i < n; i++) {
            phase += 2 * Math.PI * 880 * Math.pow(2, 30 / 1200.0 * Math.sin(2 * Math.PI * 5 * i / RATE)) / RATE;
            vibrato[i] = 0.3 * Math.sin(phase);
            straight[i] = 0.3 * Math.sin(2 * Math.PI * 880 * i / RATE);
        }
        assertThat(detect(vibrato)).isEmpty();
        List<Hit> hits = detect(straight);
        assertThat(hits).as("a steady pure sine cannot be told from a howl that has stopped growing").isNotEmpty();
        assertThat(hits.get(0).sample() / RATE).as("but only after it has held for the sustain time")
                .isGreaterThan(HowlCriteria.SUSTAIN_SECONDS);
    }

    @Test
    void twoModesRingingWithinOneBinBeatAndAreStillAHowl() {
        // 20 Hz apart, inside one 23.4 Hz bin: the sum beats, the peak's level swings by several dB from frame to
        // frame and its frequency estimate wanders; left alone in a loop, such a pair runs away
        double[] pair = tones(3.0, 1e-4, new double[] {2297, 0.03}, new double[] {2317, 0.015});
        List<Hit> hits = detect(pair);
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).hz()).isBetween(2290.0, 2325.0);
        assertThat(hits.get(0).sample() / RATE).as("after a hold's worth of beating").isBetween(0.25, 0.6);
    }

    @Test
    void partialsOfTwoChordNotesBeatingTogetherAreNotTakenForABeatingPair() {
        // A4's third partial at 1320 Hz and the second of a note a flat fifth above at 1308 Hz beat 12 times a second,
        // like a pair of loop modes, but each has its note's louder fundamental at a harmonic ratio. (Synthetic notes
        // this steady, each partial a perfect sine, are themselves beyond telling from held howls.)
        double[] chord = tones(3.0, 1e-4, new double[] {440, 0.2}, new double[] {880, 0.1}, new double[] {1320, 0.05},
                new double[] {654, 0.2}, new double[] {1308, 0.05}, new double[] {1962, 0.03});
        assertThat(detect(chord)).noneSatisfy(h -> assertThat(h.hz()).isBetween(1290.0, 1340.0));
    }

    @Test
    void aHowlThatHeldUnderTheProgrammeIsFoundSoonAfterItStandsOut() {
        // a howl held at -34 dBFS while two singers' vibrato notes crowd the bins two and three either side of it: a
        // local maximum all along, but not 12 dB over its surroundings until they stop at 1.5 s
        double[] howl = crowdedTone(-34, -34);
        List<Hit> hits = near(detect(howl), 2500);
        assertThat(hits).isNotEmpty();
        double after = hits.get(0).sample() / RATE - CROWD_SECONDS;
        assertThat(after).as("found %s s after it stood out; its frames under the crowd count for the hold", after)
                .isBetween(0.0, 0.15);
    }

    @Test
    void aToneThatJumpsWhereAQuieterOneWasIsStillHeldForTheWholeSustain() {
        // the same, but the tone was 16 dB quieter under the crowd and comes in at -34 dBFS as the crowd stops: a
        // note played, not a howl that was there; what its bin held before does not shorten its hold
        List<Hit> hits = near(detect(crowdedTone(-50, -34)), 2500);
        assertThat(hits).as("a steady pure tone is a howl in the end").isNotEmpty();
        assertThat(hits.get(0).sample() / RATE - CROWD_SECONDS).isGreaterThan(HowlCriteria.SUSTAIN_SECONDS);
    }

    @Test
    void aSecondHowlAtTwiceTheFrequencyOfOneAlreadyReportedIsNotTakenForItsPartial() {
        // a wedge close to the mic: the loop's modes sit at multiples of one over its delay, and 2488 Hz starts to
        // grow (20 dB/s from -60 dBFS at 1 s) while 1244 Hz, already reported, still rings at -30 dBFS. It is locked
        // to 1244 Hz as exactly as an octave partial would be, but 1244 Hz is a howl, not a note
        List<Hit> hits = detect(threeSeconds(3,
                t -> sine(1244, -30, t) + (t < 1 ? 0 : sine(2488, -60 + 20 * (t - 1), t))));
        assertThat(near(hits, 1244)).as("the first howl").isNotEmpty();
        List<Hit> second = near(hits, 2488);
        assertThat(second).as("the second howl").isNotEmpty();
        assertThat(second.get(0).sample() / RATE - 1).as("found while still 20 dB under the first")
                .isLessThan(0.5);
    }

    @Test
    void aHowlCreepingUpUnderAHeldChordAtAPartialsRatioIsFoundOnceItHasClimbedLongEnough() {
        // 1100 Hz sits at exactly 5/4 of the chord's 880 Hz partial, which is 16 dB louder than the howl ever gets:
        // no PHPR, a lock in every frame, and a climb of 8 dB/s, too slow for the way that forgives a partner. Only
        // a climb that goes on for longer than a note's partial ever swells tells it
        List<Hit> hits = near(detect(threeSeconds(4, t -> {
            double chord = 0;
            for (int h = 1; h <= 6; h++) {
                chord += 0.1 / h * Math.sin(2 * Math.PI * 440 * h * t);
            }
            return chord + sine(1100, -60 + 8 * t, t);
        })), 1100);
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).sample() / RATE).as("after %s spans of climbing", HowlCriteria.CLIMB_SPANS)
                .isBetween(0.68, 1.0);
    }

    /** Three seconds of {@code signal} (of the time in seconds) over a little white noise. */
    private static double[] threeSeconds(long seed, java.util.function.DoubleUnaryOperator signal) {
        java.util.Random random = new java.util.Random(seed);
        double[] s = new double[(int) (3 * RATE)];
        for (int i = 0; i < s.length; i++) {
            s[i] = signal.applyAsDouble(i / RATE) + 1e-4 * random.nextGaussian();
        }
        return s;
    }

    /** A sine of {@code hz} at {@code dbfs} at time {@code t}. */
    private static double sine(double hz, double dbfs, double t) {
        return Math.pow(10, dbfs / 20) * Math.sin(2 * Math.PI * hz * t);
    }

    private static final double CROWD_SECONDS = 1.5;

    /**
     * A 2500 Hz tone at {@code beforeDbfs} under two vibrato notes (2440 and 2560 Hz, 4 dB under it, +-15 Hz at 5.5
     * Hz) for {@link #CROWD_SECONDS}, then alone at {@code afterDbfs}, for 3 s in all.
     */
    private static double[] crowdedTone(double beforeDbfs, double afterDbfs) {
        java.util.Random random = new java.util.Random(5);
        double[] s = new double[(int) (3 * RATE)];
        double below = 0;
        double above = 0;
        double crowd = Math.pow(10, (-34 - 4) / 20.0);
        for (int i = 0; i < s.length; i++) {
            double t = i / RATE;
            double wobble = 15 * Math.sin(2 * Math.PI * 5.5 * t);
            below += 2 * Math.PI * (2440 + wobble) / RATE;
            above += 2 * Math.PI * (2560 + wobble) / RATE;
            boolean crowded = t < CROWD_SECONDS;
            double tone = Math.pow(10, (crowded ? beforeDbfs : afterDbfs) / 20.0) * Math.sin(2 * Math.PI * 2500 * t);
            s[i] = tone + (crowded ? crowd * (Math.sin(below) + Math.sin(above)) : 0) + 1e-4 * random.nextGaussian();
        }
        return s;
    }

    private static List<Hit> near(List<Hit> hits, double hz) {
        return hits.stream().filter(h -> Math.abs(h.hz() - hz) < RATE / 2048).toList();
    }

    /** Steady sines ({hz, amplitude} each) over a little white noise. */
    private static double[] tones(double seconds, double noise, double[]... partials) {
        java.util.Random random = new java.util.Random(9);
        double[] s = new double[(int) (seconds * RATE)];
        for (int i = 0; i < s.length; i++) {
            double v = noise * random.nextGaussian();
            for (double[] p : partials) {
                v += p[1] * Math.sin(2 * Math.PI * p[0] * i / RATE);
            }
            s[i] = v;
        }
        return s;
    }

    @Test
    void analysisFrameIsAbout43MillisecondsAtCommonRates() {
        assertThat(HowlDetector.fftSizeFor(48000)).isEqualTo(2048);
        assertThat(HowlDetector.fftSizeFor(44100)).isEqualTo(2048);
        assertThat(HowlDetector.fftSizeFor(96000)).isEqualTo(4096);
    }
}
