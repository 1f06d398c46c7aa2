package dev.rackd.rig.audio;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.Mixer;

/**
 * A sound card that exists only in this JVM, for {@code rackd run --simulate}: Java Sound finds it as the mixer
 * {@value #NAME} (through {@link SimMixerProvider}) with one capture and one playback line at one sample rate and
 * channel count, in 16-, 24- and 32-bit PCM. Its clock runs in real time: capture delivers frames as the card's
 * clock produces them and playback drains at the same rate, so a reader is paced as by real hardware and a slow one
 * sees overruns and underruns. What it captures comes from its {@link Room}.
 *
 * <p>Unplugged, it vanishes from the mixer list and every line opened before goes dead: reads and writes come back
 * short, as Java Sound does when ALSA reports a vanished USB device. Java Sound is one per process, so there is one
 * installed card at a time; installing another replaces it.
 */
public final class SimSoundCard {
    public static final String NAME = "rackd-sim";
    private static volatile SimSoundCard installed;

    private final int rateHz;
    private final int channels;
    private final Room room;
    private final SimMixer mixer;
    private final long originNanos = System.nanoTime();
    private volatile boolean plugged = true;
    private final AtomicInteger generation = new AtomicInteger();

    private SimSoundCard(int rateHz, int channels, long seed) {
        if (rateHz < 8000 || rateHz > 192_000 || channels < 1 || channels > 64) {
            throw new IllegalArgumentException("a simulated card runs at 8000 to 192000 Hz with 1 to 64 channels, not "
                    + rateHz + " Hz, " + channels + " ch");
        }
        this.rateHz = rateHz;
        this.channels = channels;
        this.room = new Room(rateHz, channels, seed);
        this.mixer = new SimMixer(this);
    }

    /** Makes a card plugged in and visible to Java Sound in this JVM, replacing any other. */
    public static SimSoundCard install(int rateHz, int channels, long seed) {
        SimSoundCard card = new SimSoundCard(rateHz, channels, seed);
        SimSoundCard before = installed;
        installed = card;
        if (before != null) {
            before.unplug();
        }
        return card;
    }

    /** Takes this card out of Java Sound for good (its lines go dead), if it is still the installed one. */
    public void remove() {
        unplug();
        if (installed == this) {
            installed = null;
        }
    }

    /** The installed card while it is plugged in: what {@link SimMixerProvider} shows. */
    static Optional<SimSoundCard> present() {
        SimSoundCard card = installed;
        return card != null && card.plugged ? Optional.of(card) : Optional.empty();
    }

    public int rateHz() {
        return rateHz;
    }

    public int channels() {
        return channels;
    }

    public boolean plugged() {
        return plugged;
    }

    /** The USB cable is pulled: the card leaves the mixer list and its open lines go dead. */
    public void unplug() {
        plugged = false;
        generation.incrementAndGet();
    }

    /** Plugged back in: it is listed again and can be opened afresh. */
    public void plugIn() {
        plugged = true;
    }

    /** @param channel from 1, or 0 for every channel; the room howls at {@code hz} on it */
    public void howl(int channel, double hz) {
        if (!(hz >= 20 && hz <= 0.45 * rateHz)) {
            throw new IllegalArgumentException("a howl must be 20 Hz to " + (int) (0.45 * rateHz) + " Hz, not " + hz);
        }
        forChannels(channel, c -> room.howl(c, hz));
    }

    /** @param channel from 1, or 0 for every channel */
    public void releaseHowl(int channel) {
        forChannels(channel, c -> room.howl(c, Double.NaN));
    }

    /** The howl's level in the room on a channel (from 1), 0 when there is none. */
    public double howlAmplitude(int channel) {
        return room.howlAmplitude(channel - 1);
    }

    /** The capture delivers full-scale noise instead of the room. */
    public void garbage(boolean on) {
        room.garbage(on);
    }

    private void forChannels(int channel, java.util.function.IntConsumer action) {
        if (channel < 0 || channel > channels) {
            throw new IllegalArgumentException("the simulated card has channels 1 to " + channels + ", not " + channel);
        }
        for (int c = 0; c < channels; c++) {
            if (channel == 0 || c == channel - 1) {
                action.accept(c);
            }
        }
    }

    Mixer mixer() {
        return mixer;
    }

    Room room() {
        return room;
    }

    /** Frames the card's clock has produced since it was made. */
    long frameNow() {
        return (long) ((System.nanoTime() - originNanos) * (rateHz / 1e9));
    }

    long nanosFor(long frames) {
        return (long) (frames * 1e9 / rateHz);
    }

    /** Whether a line opened in {@code openedIn} (a {@link #generation()}) still has its device. */
    boolean alive(int openedIn) {
        return plugged && generation.get() == openedIn;
    }

    int generation() {
        return generation.get();
    }

    /** The formats both lines offer: signed little-endian PCM at the card's rate and channel count. */
    List<AudioFormat> formats() {
        List<AudioFormat> formats = new ArrayList<>();
        for (RawPcm p : RawPcm.values()) {
            int bits = p.bytesPerSample() * 8;
            formats.add(new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, rateHz, bits, channels,
                    p.bytesPerSample() * channels, rateHz, false));
        }
        return formats;
    }

    /** The card's PCM for a requested format, if it is one of {@link #formats()}. */
    Optional<RawPcm> pcmFor(AudioFormat f) {
        if (f.getChannels() != channels || Math.abs(f.getSampleRate() - rateHz) > 0.5
                || f.getFrameSize() != f.getSampleSizeInBits() / 8 * channels) {
            return Optional.empty();
        }
        return RawPcm.of(f);
    }
}
