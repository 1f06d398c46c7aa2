package dev.rackd.config;

/**
 * The audio path through the rack.
 *
 * @param inputDevice   Java Sound mixer name (substring match), or "default"
 * @param outputDevice  likewise
 * @param sampleRate    44100, 48000, 88200, 96000
 * @param blockSize     frames per block, power of two 16..4096
 * @param channels      1..8
 * @param feedbackMode  what the howl suppressor does at start
 * @param maxNotches    notches per channel, 1..24
 * @param limiterDbtp   true-peak limiter threshold, -20..0 dBTP
 */
public record AudioSettings(
        String inputDevice,
        String outputDevice,
        int sampleRate,
        int blockSize,
        int channels,
        FeedbackMode feedbackMode,
        int maxNotches,
        double limiterDbtp) {

    /** The device id the audio path's metrics and alerts go under ({@code rackd/<rack>/devices/audio/...}). */
    public static final String DEVICE_ID = "audio";

    public enum FeedbackMode { OFF, LIVE, RINGOUT }
}
