package dev.rackd.rig.audio;

/**
 * Music-like sound: plucked notes from a pentatonic scale over a bass line, each a harmonic series whose partials
 * decay (the higher, the faster), a few ringing at once. Partials are rotating phasors, so the voice costs a few
 * multiplications per partial and sample and allocates nothing. Struck notes have partners and decay: what a feedback
 * detector must leave alone.
 */
final class MusicVoice {
    private static final int VOICES = 4;
    private static final int PARTIALS = 8;
    private static final int[] SCALE = {0, 2, 4, 7, 9, 12, 14, 16, 19, 21};
    private static final double LEVEL = 0.12;

    private final double rateHz;
    private final Noise noise;
    private final double[][] re = new double[VOICES][PARTIALS];
    private final double[][] im = new double[VOICES][PARTIALS];
    private final double[][] stepRe = new double[VOICES][PARTIALS];
    private final double[][] stepIm = new double[VOICES][PARTIALS];
    private final double keyHz;
    private int nextVoice;
    private double untilNote;
    private int beat;

    MusicVoice(double rateHz, long seed) {
        this.rateHz = rateHz;
        this.noise = new Noise(seed);
        keyHz = 196 * Math.pow(2, (int) (noise.uniform() * 5) / 12.0);
    }

    double next() {
        if (--untilNote <= 0) {
            pluck();
        }
        double v = 0;
        for (int n = 0; n < VOICES; n++) {
            double[] r = re[n];
            double[] i = im[n];
            double[] sr = stepRe[n];
            double[] si = stepIm[n];
            for (int k = 0; k < PARTIALS; k++) {
                double nr = r[k] * sr[k] - i[k] * si[k];
                i[k] = r[k] * si[k] + i[k] * sr[k];
                r[k] = nr;
                v += i[k];
            }
        }
        return LEVEL * v;
    }

    /** A new note on the next voice: every fourth a bass note two octaves down, the rest from the scale. */
    private void pluck() {
        boolean bass = beat++ % 4 == 0;
        double hz = bass ? keyHz / 4 * Math.pow(2, SCALE[(int) (noise.uniform() * 4)] / 12.0)
                : keyHz * Math.pow(2, SCALE[(int) (noise.uniform() * SCALE.length)] / 12.0);
        double seconds = bass ? 1.6 : 0.9;
        int n = nextVoice;
        nextVoice = (nextVoice + 1) % VOICES;
        for (int k = 0; k < PARTIALS; k++) {
            double f = hz * (k + 1);
            double amplitude = f < 0.45 * rateHz ? (bass ? 1.4 : 1.0) / (k + 1) : 0;
            double decay = Math.exp(-(k + 1) / (seconds * rateHz));
            double w = 2 * Math.PI * f / rateHz;
            stepRe[n][k] = decay * Math.cos(w);
            stepIm[n][k] = decay * Math.sin(w);
            double phase = 2 * Math.PI * noise.uniform();
            re[n][k] = amplitude * Math.cos(phase);
            im[n][k] = amplitude * Math.sin(phase);
        }
        untilNote = rateHz * (0.2 + 0.3 * noise.uniform());
    }
}
