package dev.rackd.app.audio;

import dev.rackd.config.AudioSettings;
import java.time.Duration;

/**
 * How the audio engine runs its device.
 *
 * @param bufferBlocks   blocks each Java Sound line buffers
 * @param prefillBlocks  blocks of silence queued for playback after every open: the cushion that lets a late block
 *                       through without an underrun, and part of the path's latency
 * @param retryInitial   first wait before reopening a lost device; doubles up to {@code retryMax}
 * @param steadyAfter    a device that ran this long before failing is reopened at once (a glitch, not a flapping
 *                       device); sooner failures wait the backoff
 */
public record EngineConfig(int sampleRateHz, int blockFrames, int channels, int bufferBlocks, int prefillBlocks,
        Duration retryInitial, Duration retryMax, Duration steadyAfter) {

    public EngineConfig {
        if (sampleRateHz < 8000 || sampleRateHz > 192_000 || blockFrames < 1 || blockFrames > 65_536 || channels < 1
                || channels > 64 || bufferBlocks < 2 || prefillBlocks < 0 || prefillBlocks >= bufferBlocks) {
            throw new IllegalArgumentException("bad audio engine settings: " + sampleRateHz + " Hz, block "
                    + blockFrames + ", " + channels + " ch, buffer " + bufferBlocks + ", prefill " + prefillBlocks);
        }
    }

    /** The default cushion of {@link AudioSettings#DEFAULT_CUSHION_BLOCKS}. */
    public static EngineConfig of(int sampleRateHz, int blockFrames, int channels) {
        return of(sampleRateHz, blockFrames, channels, AudioSettings.DEFAULT_CUSHION_BLOCKS);
    }

    /**
     * {@code cushionBlocks} queued ahead, and room for two blocks more in each line (at least four); retries from 0.5 s
     * up to 2 s: a tech who plugs the interface back in mid-show must hear it within a couple of seconds, and an open
     * attempt (listing the mixers) costs the Pi next to nothing.
     */
    public static EngineConfig of(int sampleRateHz, int blockFrames, int channels, int cushionBlocks) {
        return new EngineConfig(sampleRateHz, blockFrames, channels, Math.max(4, cushionBlocks + 2), cushionBlocks,
                Duration.ofMillis(500), Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    public EngineConfig withRetry(Duration initial, Duration max, Duration steady) {
        return new EngineConfig(sampleRateHz, blockFrames, channels, bufferBlocks, prefillBlocks, initial, max, steady);
    }

    public int samplesPerBlock() {
        return blockFrames * channels;
    }
}
