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
 * @param cushionBlocks blocks of silence queued ahead of playback, 1..8: each is one block more that a late block may
 *                      be late without a click, and one block more latency
 */
public record AudioSettings(
        String inputDevice,
        String outputDevice,
        int sampleRate,
        int blockSize,
        int channels,
        FeedbackMode feedbackMode,
        int maxNotches,
        double limiterDbtp,
        int cushionBlocks) {

    /** The device id the audio path's metrics and alerts go under ({@code rackd/<rack>/devices/audio/...}). */
    public static final String DEVICE_ID = "audio";
    /** Two blocks: 2.7 ms at 64 frames and 48 kHz. */
    public static final int DEFAULT_CUSHION_BLOCKS = 2;

    public enum FeedbackMode { OFF, LIVE, RINGOUT }
}
