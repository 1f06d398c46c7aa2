package dev.rackd.rig.acoustic;

import java.util.Random;

/**
 * Speech-like programme: phrases of syllables with pauses between them. Voiced syllables are a glottal pulse train
 * (falling 12 dB per octave, with jitter, an intonation contour and declination) through three formant resonators
 * gliding between vowels; some syllables are fricatives (high-passed noise). Levels are set to {@code rmsDbfs}
 * while speaking.
 */
final class SpeechSource {
    private static final double[][] VOWELS = {
        {730, 1090, 2440}, {270, 2290, 3010}, {300, 870, 2240}, {530, 1840, 2480}, {570, 840, 2410}, {660, 1720, 2410},
    };

    private SpeechSource() {
    }

    static double[] generate(double rate, double seconds, double rmsDbfs, long seed) {
        Random random = new Random(seed);
        int n = (int) (seconds * rate);
        double[] s = new double[n];
        CascadeFormant[] formants = {new CascadeFormant(rate), new CascadeFormant(rate), new CascadeFormant(rate)};
        CascadeFormant fricative = new CascadeFormant(rate);
        double baseF0 = random.nextBoolean() ? 115 : 205;
        double phase = 0;
        double glottal = 0;
        double[] from = VOWELS[0].clone();
        int i = (int) (0.2 * rate);
        while (i < n) {
            int phraseEnd = Math.min(n, i + (int) ((1.2 + 2.0 * random.nextDouble()) * rate));
            int phraseStart = i;
            while (i < phraseEnd) {
                int length = (int) ((0.12 + 0.16 * random.nextDouble()) * rate);
                boolean voiced = random.nextDouble() < 0.8;
                double[] to = VOWELS[random.nextInt(VOWELS.length)];
                double accent = 1 + 0.25 * (random.nextDouble() - 0.4);
                double loud = 0.5 + 0.5 * random.nextDouble();
                for (int k = 0; k < length && i < n; k++, i++) {
                    double t = (double) k / length;
                    double envelope = loud * Math.sin(Math.PI * t) * Math.sqrt(Math.sin(Math.PI * t));
                    double declination = 1 - 0.15 * (double) (i - phraseStart) / (phraseEnd - phraseStart);
                    double f0 = baseF0 * accent * declination * (1 + 0.01 * random.nextGaussian());
                    double glide = Math.min(1, t * 3);
                    double v;
                    if (voiced) {
                        phase += f0 / rate;
                        double pulse = 0;
                        if (phase >= 1) {
                            phase -= 1;
                            pulse = 1;
                        }
                        glottal = 0.97 * glottal + pulse;
                        double excitation = glottal - f0 / rate / (1 - 0.97);
                        v = excitation;
                        for (int f = 0; f < 3; f++) {
                            double hz = from[f] + (to[f] - from[f]) * glide;
                            v = formants[f].next(v, hz, 60 + 30 * f);
                        }
                        v *= 4;
                    } else {
                        v = 0.3 * fricative.next(random.nextGaussian(), 4500, 3000);
                    }
                    s[i] = envelope * v;
                }
                if (voiced) {
                    from = to.clone();
                }
            }
            i += (int) ((0.25 + 0.5 * random.nextDouble()) * rate);
        }
        return Levels.normaliseActive(s, rmsDbfs, rate);
    }
}
