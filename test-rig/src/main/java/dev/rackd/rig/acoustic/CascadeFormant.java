package dev.rackd.rig.acoustic;

/**
 * One formant of a cascade (Klatt-style) vocal tract: an all-pole two-pole resonance with unity gain at its peak,
 * retuned sample by sample as the vowel glides. Not the sim card's {@code dev.rackd.rig.audio.Resonator}: that is a
 * band-pass with zeros at 0 Hz and Nyquist, right for formants mixed in parallel, whereas three of those in series
 * would tilt the voice's spectrum by 18 dB an octave below the first formant.
 */
final class CascadeFormant {
    private final double rate;
    private double y1;
    private double y2;

    CascadeFormant(double rate) {
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
