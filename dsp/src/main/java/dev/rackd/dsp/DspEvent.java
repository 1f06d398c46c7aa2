package dev.rackd.dsp;

/**
 * One event from a channel, read off the audio thread.
 *
 * @param sample   index of the channel's sample at which it happened (time = sample / rate)
 * @param hz       notch frequency; NaN for limiter events
 * @param depthDb  notch depth after the change; for limiter events the gain reduction, negative
 * @param widthOct notch width; NaN for limiter events
 * @param fixed    whether the notch is a fixed (ring-out) one
 */
public record DspEvent(DspEventType type, int channel, long sample, double hz, double depthDb, double widthOct,
        boolean fixed) {
}
