package dev.rackd.dsp.howl;

import java.util.Random;

/** Signals a howl detector must tell apart: feedback building up, and the notes it must leave alone. */
final class TestProgramme {
    static final double RATE = 48000;

    private TestProgramme() {
    }

    /** A sine growing steadily in dB from {@code fromDbfs}, over a quiet noise bed: feedback building up. */
    static double[] growingHowl(double hz, double fromDbfs, double dbPerSecond, double seconds, long seed) {
        Random random = new Random(seed);
        int n = (int) (seconds * RATE);
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            double db = Math.min(-6, fromDbfs + dbPerSecond * i / RATE);
            s[i] = Math.pow(10, db / 20) * Math.sin(2 * Math.PI * hz * i / RATE) + 0.003 * random.nextGaussian();
        }
        return s;
    }

    /**
     * A sung vowel: a glottal-like harmonic series (partials falling 12 dB per octave) shaped by three formants,
     * with 5.5 Hz vibrato of +-{@code vibratoCents} and a slow swell, sung loud.
     */
    static double[] sungVowel(double f0, double vibratoCents, double seconds, long seed) {
        Random random = new Random(seed);
        int n = (int) (seconds * RATE);
        double[] s = new double[n];
        double[] formants = {700, 1220, 2600};
        double[] bandwidths = {130, 70, 160};
        double phase = 0;
        double[] partialPhase = new double[40];
        for (int h = 0; h < partialPhase.length; h++) {
            partialPhase[h] = random.nextDouble() * 2 * Math.PI;
        }
        for (int i = 0; i < n; i++) {
            double t = i / RATE;
            double f = f0 * Math.pow(2, vibratoCents / 1200 * Math.sin(2 * Math.PI * 5.5 * t));
            phase += 2 * Math.PI * f / RATE;
            double v = 0;
            for (int h = 1; h <= partialPhase.length && h * f0 < 10000; h++) {
                double gain = 1.0 / (h * h) * formantGain(h * f0, formants, bandwidths);
                v += gain * Math.sin(h * phase + partialPhase[h - 1]);
            }
            double swell = Math.min(1, t / 0.15) * (0.8 + 0.2 * Math.sin(2 * Math.PI * 0.7 * t));
            s[i] = 0.3 * swell * v;
        }
        return normalise(s, 0.5);
    }

    /** A struck chord: partials slightly stretched (inharmonic like piano strings), each decaying exponentially. */
    static double[] pianoChord(double[] fundamentals, double seconds) {
        int n = (int) (seconds * RATE);
        double[] s = new double[n];
        for (double f0 : fundamentals) {
            for (int h = 1; h <= 12 && h * f0 < 12000; h++) {
                double f = h * f0 * Math.sqrt(1 + 0.0004 * h * h);
                double amplitude = 1.0 / h;
                double decayPerSecond = 2.0 + 0.8 * h;
                for (int i = 0; i < n; i++) {
                    s[i] += amplitude * Math.exp(-decayPerSecond * i / RATE) * Math.sin(2 * Math.PI * f * i / RATE);
                }
            }
        }
        return normalise(s, 0.7);
    }

    /** An organ-like held note: steady harmonics, no vibrato, no decay. */
    static double[] organNote(double f0, double seconds) {
        int n = (int) (seconds * RATE);
        double[] s = new double[n];
        double[] partials = {1.0, 0.5, 0.35, 0.2, 0.12, 0.08};
        for (int i = 0; i < n; i++) {
            for (int h = 0; h < partials.length; h++) {
                s[i] += partials[h] * Math.sin(2 * Math.PI * f0 * (h + 1) * i / RATE + h);
            }
        }
        return normalise(s, 0.5);
    }

    static double[] mix(double[] a, double[] b) {
        double[] s = new double[Math.max(a.length, b.length)];
        for (int i = 0; i < s.length; i++) {
            s[i] = (i < a.length ? a[i] : 0) + (i < b.length ? b[i] : 0);
        }
        return s;
    }

    private static double formantGain(double hz, double[] centres, double[] bandwidths) {
        double g = 0.05;
        for (int i = 0; i < centres.length; i++) {
            double x = (hz - centres[i]) / (bandwidths[i] / 2);
            g += 1.0 / (1 + x * x);
        }
        return g;
    }

    private static double[] normalise(double[] s, double peak) {
        double max = 0;
        for (double v : s) {
            max = Math.max(max, Math.abs(v));
        }
        for (int i = 0; i < s.length; i++) {
            s[i] *= peak / max;
        }
        return s;
    }
}
