package dev.rackd.rig.acoustic;

import java.util.Random;

/** Additive instrument voices mixed into a buffer. */
final class Voices {
    private static final double[] ORGAN = {1.0, 0.5, 0.3, 0.2, 0.12, 0.08, 0.05};
    private static final double[] FLUTE = {1.0, 0.25, 0.1, 0.04};

    private Voices() {
    }

    /** Steady harmonics, 30 ms attack and release. */
    static void organ(double[] s, int start, int length, double f0, double level, double rate) {
        int fade = (int) (0.03 * rate);
        for (int h = 0; h < ORGAN.length && (h + 1) * f0 < 0.45 * rate; h++) {
            double w = 2 * Math.PI * f0 * (h + 1) / rate;
            for (int i = 0; i < length && start + i < s.length; i++) {
                double env = Math.min(1, Math.min(i, length - i) / (double) fade);
                s[start + i] += level * ORGAN[h] * env * Math.sin(w * i + h);
            }
        }
    }

    /** Slightly stretched partials, each decaying faster the higher it is. */
    static void piano(double[] s, int start, int length, double f0, double level, double rate) {
        for (int h = 1; h <= 10 && h * f0 < 0.45 * rate; h++) {
            double w = 2 * Math.PI * h * f0 * Math.sqrt(1 + 0.0004 * h * h) / rate;
            double decay = (2.0 + 0.8 * h) / rate;
            for (int i = 0; i < length && start + i < s.length; i++) {
                s[start + i] += level / h * Math.exp(-decay * i) * Math.sin(w * i);
            }
        }
    }

    /** Weak harmonics, a breathy attack, 5.5 Hz vibrato of up to 25 cents that sets in after 200 ms. */
    static void flute(double[] s, int start, int length, double f0, double level, double rate, Random random) {
        int fade = (int) (0.04 * rate);
        double depth = 25 * random.nextDouble();
        double phase = 0;
        for (int i = 0; i < length && start + i < s.length; i++) {
            double t = i / rate;
            double vibrato = depth * Math.min(1, Math.max(0, (t - 0.2) / 0.3)) * Math.sin(2 * Math.PI * 5.5 * t);
            phase += 2 * Math.PI * f0 * Math.pow(2, vibrato / 1200) / rate;
            double env = Math.min(1, Math.min(i, length - i) / (double) fade);
            double v = 0;
            for (int h = 0; h < FLUTE.length; h++) {
                v += FLUTE[h] * Math.sin((h + 1) * phase);
            }
            double breath = 0.03 * random.nextGaussian() * Math.max(0.2, 1 - t / 0.1);
            s[start + i] += level * env * (v + breath);
        }
    }
}
