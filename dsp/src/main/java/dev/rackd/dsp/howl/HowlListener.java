package dev.rackd.dsp.howl;

/** Told, on the audio thread, of each frequency that howls in the frame just analysed. Must not allocate. */
@FunctionalInterface
public interface HowlListener {
    /**
     * @param hz        estimated frequency of the howl, finer than a bin
     * @param levelDbfs its level (0 dB = a full-scale sine)
     * @param sample    index of the last input sample of the frame
     */
    void howl(double hz, double levelDbfs, long sample);
}
