package dev.rackd.rig.acoustic;

/** A two-pole resonance with unity gain at its peak, retunable sample by sample (a formant of the vocal tract). */
final class Resonator {
    private final double rate;
    private double y1;
    private double y2;

    Resonator(double rate) {
        this.rate = rate;
    }

    double next(double x, double hz, double bandwidthHz) {
        double r = Math.exp(-Math.PI * bandwidthHz / rate);
        double c = 2 * r * Math.cos(2 * Math.PI * hz / rate);
        double gain = (1 - r) * Math.sqrt(1 - c + r * r);
        double y = gain * x + c * y1 - r * r * y2;
        y2 = y1;
        y1 = y;
        return y;
    }
}
