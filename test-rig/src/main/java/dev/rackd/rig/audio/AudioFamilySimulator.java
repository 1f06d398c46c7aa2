package dev.rackd.rig.audio;

import dev.rackd.config.AudioSettings;
import dev.rackd.config.ShowFile;
import dev.rackd.rig.sim.FamilySimulator;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The show file's audio interface for {@code rackd run --simulate}: a {@link SimSoundCard} at the show's sample rate
 * and channel count, with the show's input and output devices renamed to it, so the real audio engine runs through
 * Java Sound on a card that plays a programme into its microphones and hears its own PA. Its cushion is at least
 * {@value #SIMULATED_CUSHION_BLOCKS} blocks (10.7 ms at 64 frames and 48 kHz), the most a show file may ask for: the
 * card keeps time in software, often on a shared virtual machine whose real-time threads wake up to 10 ms late
 * (cyclictest), and with 4 the simulated rack counted 8 to 18 dropouts in three minutes there and raised
 * {@code audio_dropouts}; with 8, 0 and 2. A Pi whose kernel wakes its audio thread on time needs no more than the
 * show's 2.
 *
 * <p>Injection on device {@code audio}: {@code howl} (every channel) or {@code chN_howl} = a frequency in Hz (the room
 * starts to feed back there) or {@code release}; {@code state} = {@code offline} or {@code unplug} (the USB cable
 * is pulled), {@code online} or {@code replug} (plugged back in, capture sane again), {@code garbage} (the capture
 * delivers noise).
 */
public final class AudioFamilySimulator implements FamilySimulator {
    /** Fixed, so two runs of the same show hear the same programme. */
    static final long SEED = 0x5EED_A0D1L;
    private static final Pattern CHANNEL_HOWL = Pattern.compile("ch(\\d{1,2})_howl");
    static final int SIMULATED_CUSHION_BLOCKS = 8;
    private static final Logger log = LoggerFactory.getLogger(AudioFamilySimulator.class);

    private SimSoundCard card;

    @Override
    public ShowFile start(ShowFile show, Path workDir) {
        if (show.audio().isEmpty()) {
            return show;
        }
        AudioSettings a = show.audio().get();
        card = SimSoundCard.install(a.sampleRate(), a.channels(), SEED);
        int cushion = Math.max(a.cushionBlocks(), SIMULATED_CUSHION_BLOCKS);
        if (cushion != a.cushionBlocks()) {
            log.info("simulated sound card: cushion of {} blocks instead of the show file's {}: it keeps time in"
                    + " software, beside every other simulator", cushion, a.cushionBlocks());
        }
        AudioSettings rewired = new AudioSettings(SimSoundCard.NAME, SimSoundCard.NAME, a.sampleRate(), a.blockSize(),
                a.channels(), a.feedbackMode(), a.maxNotches(), a.limiterDbtp(), cushion);
        return new ShowFile(show.rack(), show.mqtt(), show.stateDir(), show.powerMeters(), show.dcMonitors(),
                show.temperatureSensors(), show.amplifiers(), show.receivers(), show.scanner(), show.coordination(),
                Optional.of(rewired), show.gpioOutputs(), show.gpioInputs(), show.sequence(), show.alerts(),
                show.auth());
    }

    @Override
    public Set<String> devices() {
        return card == null ? Set.of() : Set.of(AudioSettings.DEVICE_ID);
    }

    /** The simulated card, once started with a show that has audio. */
    public SimSoundCard card() {
        if (card == null) {
            throw new IllegalStateException("the show has no audio section: no simulated sound card");
        }
        return card;
    }

    @Override
    public void inject(String deviceId, String target, String value) {
        if (!devices().contains(deviceId)) {
            throw new IllegalArgumentException("'" + deviceId + "' is not the simulated sound card ("
                    + AudioSettings.DEVICE_ID + ")");
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (target.equals("state")) {
            switch (v) {
                case "offline", "unplug" -> card.unplug();
                case "online", "replug" -> {
                    card.garbage(false);
                    card.plugIn();
                }
                case "garbage" -> card.garbage(true);
                default -> throw new IllegalArgumentException("the sound card's state takes offline (or unplug), online (or replug) or garbage,"
                        + " not '" + value + "'");
            }
            return;
        }
        Matcher m = CHANNEL_HOWL.matcher(target);
        int channel;
        if (target.equals("howl")) {
            channel = 0;
        } else if (m.matches()) {
            channel = Integer.parseInt(m.group(1));
            if (channel < 1) {
                throw new IllegalArgumentException("channels count from 1, not " + channel);
            }
        } else {
            throw new IllegalArgumentException("the sound card has no '" + target + "'; it takes howl, chN_howl (Hz or"
                    + " release) and state");
        }
        if (v.equals("release")) {
            card.releaseHowl(channel);
        } else {
            card.howl(channel, hertz(value));
        }
    }

    private static double hertz(String value) {
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a howl takes a frequency in Hz or 'release', not '" + value + "'");
        }
    }

    @Override
    public void close() {
        if (card != null) {
            card.remove();
        }
    }
}
