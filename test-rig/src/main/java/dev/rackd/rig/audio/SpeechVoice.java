package dev.rackd.rig.audio;

/**
 * Speech-like sound: a glottal pulse train (falling 12 dB per octave) through three formant resonators that move from
 * vowel to vowel at a syllable rate of about four a second, with unvoiced (hissed) syllables, phrases of a few
 * syllables, pauses between them and an intonation that falls over each phrase. Not words, but the spectrum and
 * rhythm a feedback detector meets on a talker's microphone.
 */
final class SpeechVoice {
    /** F1, F2, F3 in Hz of five vowels of an adult voice (i, e, a, o, u). */
    private static final double[][] VOWELS = {
            {270, 2290, 3010}, {530, 1840, 2480}, {730, 1090, 2440}, {570, 840, 2410}, {300, 870, 2240}};
    private static final double[] FORMANT_GAIN = {1.0, 0.5, 0.25};
    private static final double[] FORMANT_BANDWIDTH_HZ = {90, 110, 170};
    private static final double LEVEL = 1.0;

    private final double rateHz;
    private final Noise noise;
    private final Resonator[] formants = new Resonator[3];
    private final Resonator hiss;
    private final double baseF0Hz;
    private double glottalPhase;
    private double tilt1;
    private double tilt2;
    private double syllableSamples = 1;
    private double syllablePosition = 1;
    private int syllablesLeft;
    private int phraseLength = 1;
    private boolean voiced;
    private boolean pause;

    SpeechVoice(double rateHz, long seed) {
        this.rateHz = rateHz;
        this.noise = new Noise(seed);
        for (int i = 0; i < formants.length; i++) {
            formants[i] = new Resonator(rateHz);
        }
        hiss = new Resonator(rateHz);
        hiss.tune(5000, 3000);
        baseF0Hz = 100 + 90 * noise.uniform();
    }

    double next() {
        if (syllablePosition >= syllableSamples) {
            nextSyllable();
        }
        double envelope = pause ? 0 : Math.sin(Math.PI * syllablePosition / syllableSamples);
        syllablePosition++;
        double phraseDone = 1 - (double) syllablesLeft / phraseLength;
        double f0 = baseF0Hz * (1.12 - 0.25 * phraseDone) * (1 + 0.01 * noise.bipolar());
        glottalPhase += f0 / rateHz;
        double pulse = 0;
        if (glottalPhase >= 1) {
            glottalPhase -= 1;
            pulse = 1;
        }
        tilt1 += 0.08 * (pulse - tilt1);
        tilt2 += 0.08 * (tilt1 - tilt2);
        double v;
        if (voiced) {
            v = 0;
            for (int i = 0; i < formants.length; i++) {
                v += FORMANT_GAIN[i] * formants[i].next(tilt2 * 40);
            }
        } else {
            v = 0.35 * hiss.next(noise.bipolar());
        }
        return LEVEL * envelope * v;
    }

    private void nextSyllable() {
        syllablePosition = 0;
        if (syllablesLeft == 0 && !pause) {
            pause = true; // the end of a phrase: a breath
            syllableSamples = rateHz * (0.25 + 0.5 * noise.uniform());
            return;
        }
        if (pause) {
            pause = false;
            phraseLength = 3 + (int) (6 * noise.uniform());
            syllablesLeft = phraseLength;
        }
        syllablesLeft--;
        syllableSamples = rateHz * (0.15 + 0.15 * noise.uniform());
        voiced = noise.uniform() < 0.8;
        double[] vowel = VOWELS[(int) (noise.uniform() * VOWELS.length)];
        for (int i = 0; i < formants.length; i++) {
            formants[i].tune(vowel[i] * (0.95 + 0.1 * noise.uniform()), FORMANT_BANDWIDTH_HZ[i]);
        }
    }
}
