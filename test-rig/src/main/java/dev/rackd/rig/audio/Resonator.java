package dev.rackd.rig.audio;

/**
 * A two-pole band-pass resonator (the vocal tract's formants): peak gain 1 at its centre, retuned in place so a
 * voice can move from vowel to vowel without allocating. From the textbook biquad band-pass with constant 0 dB peak.
 */
final class Resonator {
    private final double sampleRateHz;
    private double b0;
    private double a1;
    private double a2;
    private double x1;
    private double x2;
    private double y1;
    private double y2;

    Resonator(double sampleRateHz) {
        this.sampleRateHz = sampleRateHz;
    }

    void tune(double centreHz, double bandwidthHz) {
        double w = 2 * Math.PI * Math.min(centreHz, 0.45 * sampleRateHz) / sampleRateHz;
        double alpha = Math.sin(w) * Math.sinh(Math.log(2) / 2 * octaves(centreHz, bandwidthHz) * w / Math.sin(w));
        double a0 = 1 + alpha;
        b0 = alpha / a0;
        a1 = -2 * Math.cos(w) / a0;
        a2 = (1 - alpha) / a0;
    }

    double next(double x) {
        double y = b0 * x - b0 * x2 - a1 * y1 - a2 * y2;
        x2 = x1;
        x1 = x;
        y2 = y1;
        y1 = y;
        return y;
    }

    private static double octaves(double centreHz, double bandwidthHz) {
        double half = bandwidthHz / 2;
        return Math.log((centreHz + half) / Math.max(1, centreHz - half)) / Math.log(2);
    }
}
