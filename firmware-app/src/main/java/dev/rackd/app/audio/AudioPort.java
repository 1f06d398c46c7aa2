package dev.rackd.app.audio;

/** Opens the audio interface the show file names; called by the audio thread at start and after every loss. */
@FunctionalInterface
public interface AudioPort {
    /**
     * @param bufferFrames frames each line buffers (a few blocks)
     * @throws Exception in the crew's words when the device is missing, busy or offers no usable format
     */
    AudioLines open(int sampleRateHz, int channels, int bufferFrames) throws Exception;
}
