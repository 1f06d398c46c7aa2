package dev.rackd.rig.audio;

import javax.sound.sampled.Mixer;
import javax.sound.sampled.spi.MixerProvider;

/**
 * How Java Sound finds the {@link SimSoundCard}: registered in {@code META-INF/services}, asked afresh at every
 * {@code AudioSystem.getMixerInfo()}. Lists the card while one is installed and plugged in, nothing otherwise, so
 * outside a simulation (and in the service's own jar) it shows no mixer at all.
 */
public final class SimMixerProvider extends MixerProvider {
    @Override
    public Mixer.Info[] getMixerInfo() {
        return SimSoundCard.present().map(c -> new Mixer.Info[] {SimMixer.INFO}).orElseGet(() -> new Mixer.Info[0]);
    }

    @Override
    public Mixer getMixer(Mixer.Info info) {
        if (info != null && info.equals(SimMixer.INFO)) {
            return SimSoundCard.present().map(SimSoundCard::mixer)
                    .orElseThrow(() -> new IllegalArgumentException(SimSoundCard.NAME + " is not plugged in"));
        }
        throw new IllegalArgumentException("not a mixer of the simulated card: " + info);
    }
}
