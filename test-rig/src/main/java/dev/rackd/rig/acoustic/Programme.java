package dev.rackd.rig.acoustic;

/** The two kinds of programme the bench plays into the microphone. */
enum Programme {
    SPEECH,
    TONAL_MUSIC;

    String label() {
        return this == SPEECH ? "speech" : "tonal music";
    }

    /** {@code seconds} of the programme at -20 dBFS RMS while active. */
    double[] generate(double seconds, long seed) {
        return this == SPEECH
                ? SpeechSource.generate(LoopRun.RATE, seconds, -20, seed)
                : TonalMusicSource.generate(LoopRun.RATE, seconds, -20, seed);
    }
}
