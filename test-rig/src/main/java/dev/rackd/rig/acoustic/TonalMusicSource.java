package dev.rackd.rig.acoustic;

import java.util.Random;

/**
 * Sustained tonal music, the hard case for a howl detector: held organ-like pad chords (steady harmonics, no vibrato,
 * two to four seconds each), a bass line, a legato melody on a flute-like voice (weak harmonics, vibrato arriving
 * after the attack) and now and then a struck piano-like chord (slightly inharmonic partials that decay). Notes come
 * from A minor; the level is set to {@code rmsDbfs}.
 */
final class TonalMusicSource {
    private static final int[] SCALE = {0, 2, 3, 5, 7, 8, 10};
    private static final int[][] CHORDS = {{0, 3, 7}, {5, 8, 12}, {7, 10, 14}, {3, 7, 10}, {8, 12, 15}, {10, 14, 17}};

    private TonalMusicSource() {
    }

    static double[] generate(double rate, double seconds, double rmsDbfs, long seed) {
        Random random = new Random(seed);
        int n = (int) (seconds * rate);
        double[] s = new double[n];
        int at = 0;
        while (at < n) {
            int length = (int) ((2.0 + 2.0 * random.nextDouble()) * rate);
            int[] chord = CHORDS[random.nextInt(CHORDS.length)];
            for (int note : chord) {
                Voices.organ(s, at, length, hz(220, note), 0.18, rate);
            }
            Voices.organ(s, at, length, hz(55, chord[0]), 0.25, rate);
            if (random.nextDouble() < 0.35) {
                for (int note : chord) {
                    Voices.piano(s, at, (int) (1.5 * rate), hz(440, note), 0.2, rate);
                }
            }
            at += length;
        }
        int melody = (int) (0.5 * rate);
        int degree = 7;
        while (melody < n) {
            int length = (int) ((0.3 + 1.2 * random.nextDouble()) * rate);
            degree = Math.max(0, Math.min(14, degree + random.nextInt(5) - 2));
            int semitone = 12 * (degree / 7) + SCALE[degree % 7];
            Voices.flute(s, melody, length, hz(440, semitone), 0.3, rate, random);
            melody += length;
        }
        return Levels.normaliseActive(s, rmsDbfs, rate);
    }

    private static double hz(double base, int semitones) {
        return base * Math.pow(2, semitones / 12.0);
    }
}
