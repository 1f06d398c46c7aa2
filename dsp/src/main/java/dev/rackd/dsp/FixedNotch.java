package dev.rackd.dsp;

import dev.rackd.dsp.filter.NotchDesign;

/**
 * A notch learned at ring-out, as plain data to be saved in the state directory and loaded back at boot.
 *
 * @param frequencyHz centre, above 0 (notches above 45 % of the sample rate are not placed)
 * @param depthDb     cut at the centre: below 0 and not below -60 dB
 * @param widthOct    bandwidth between the half-depth points: from 1/80 to 1/5 of an octave
 */
public record FixedNotch(double frequencyHz, double depthDb, double widthOct) {
    public FixedNotch {
        if (!(frequencyHz > 0) || Double.isInfinite(frequencyHz)) {
            throw new IllegalArgumentException("fixed notch frequency must be a positive number of Hz, not " + frequencyHz);
        }
        if (!(depthDb < 0 && depthDb >= -60)) {
            throw new IllegalArgumentException("fixed notch depth must be below 0 dB and not below -60 dB, not " + depthDb);
        }
        if (!(widthOct >= NotchDesign.MIN_WIDTH_OCT - 1e-12 && widthOct <= NotchDesign.MAX_WIDTH_OCT + 1e-12)) {
            throw new IllegalArgumentException("fixed notch width must be from 1/80 to 1/5 octave, not " + widthOct);
        }
    }
}
