package dev.rackd.rig.audio;

/**
 * What one channel's microphone picks up from the stage, before any feedback: a talker for {@link #SEGMENT_SECONDS},
 * then a band for as long, and so on. Channels start at different points of the cycle (even channels talk first).
 */
final class Programme {
    static final double SEGMENT_SECONDS = 8;

    private final SpeechVoice speech;
    private final MusicVoice music;
    private final long segmentSamples;
    private long sample;

    /** @param channel from 0 */
    Programme(double rateHz, int channel, long seed) {
        speech = new SpeechVoice(rateHz, seed * 31 + channel);
        music = new MusicVoice(rateHz, seed * 37 + channel);
        segmentSamples = (long) (SEGMENT_SECONDS * rateHz);
        sample = channel % 2 == 0 ? 0 : segmentSamples;
    }

    double next() {
        boolean talking = sample++ / segmentSamples % 2 == 0;
        return talking ? speech.next() : music.next();
    }
}
