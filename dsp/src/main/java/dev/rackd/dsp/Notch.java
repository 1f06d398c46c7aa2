package dev.rackd.dsp;

/**
 * One notch in a channel's bank, as seen from outside the audio thread.
 *
 * @param depthDb  cut at the centre, negative (its target, where a glide is under way)
 * @param widthOct bandwidth between the half-depth points, in octaves
 */
public record Notch(NotchKind kind, double frequencyHz, double depthDb, double widthOct) {
}
