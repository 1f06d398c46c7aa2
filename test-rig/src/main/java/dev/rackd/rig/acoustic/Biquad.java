package dev.rackd.rig.acoustic;

/**
 * A plain biquad for shaping the simulated loudspeaker and microphone (high-pass, low-pass, presence peak), from the
 * Audio EQ Cookbook. The bench keeps its own so that nothing in the path under test shapes the room it is tested in.
 */
final class Biquad {
    private final double b0;
    private final double b1;
    private final double b2;
    private final double a1;
    private final double a2;

    private Biquad(double b0, double b1, double b2, double a0, double a1, double a2) {
        this.b0 = b0 / a0;
        this.b1 = b1 / a0;
        this.b2 = b2 / a0;
        this.a1 = a1 / a0;
        this.a2 = a2 / a0;
    }

    static Biquad highPass(double rate, double hz, double q) {
        double w = 2 * Math.PI * hz / rate;
        double alpha = Math.sin(w) / (2 * q);
        double c = Math.cos(w);
        return new Biquad((1 + c) / 2, -(1 + c), (1 + c) / 2, 1 + alpha, -2 * c, 1 - alpha);
    }

    static Biquad lowPass(double rate, double hz, double q) {
        double w = 2 * Math.PI * hz / rate;
        double alpha = Math.sin(w) / (2 * q);
        double c = Math.cos(w);
        return new Biquad((1 - c) / 2, 1 - c, (1 - c) / 2, 1 + alpha, -2 * c, 1 - alpha);
    }

    static Biquad peak(double rate, double hz, double q, double gainDb) {
        double w = 2 * Math.PI * hz / rate;
        double alpha = Math.sin(w) / (2 * q);
        double a = Math.pow(10, gainDb / 40);
        double c = Math.cos(w);
        return new Biquad(1 + alpha * a, -2 * c, 1 - alpha * a, 1 + alpha / a, -2 * c, 1 - alpha / a);
    }

    /** Filters {@code x} in place from a zero state. */
    void apply(double[] x) {
        double x1 = 0;
        double x2 = 0;
        double y1 = 0;
        double y2 = 0;
        for (int i = 0; i < x.length; i++) {
            double y = b0 * x[i] + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
            x2 = x1;
            x1 = x[i];
            y2 = y1;
            y1 = y;
            x[i] = y;
        }
    }
}
