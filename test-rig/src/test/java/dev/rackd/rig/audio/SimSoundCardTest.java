package dev.rackd.rig.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rackd.app.audio.AudioLines;
import dev.rackd.app.audio.JavaSoundPort;
import dev.rackd.app.audio.SampleFormat;
import java.util.Arrays;
import java.util.List;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.Mixer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The simulated card through Java Sound, as rackd's own port opens it: listed, paced, and gone when unplugged. */
@Timeout(30)
class SimSoundCardTest {
    private static final int RATE = 48000;
    private static final int BLOCK = 256;
    private final SimSoundCard card = SimSoundCard.install(RATE, 2, 1);

    @AfterEach
    void remove() {
        card.remove();
    }

    @Test
    void javaSoundListsTheCardOnlyWhilePluggedIn() {
        assertThat(mixerNames()).contains(SimSoundCard.NAME);
        card.unplug();
        assertThat(mixerNames()).doesNotContain(SimSoundCard.NAME);
        card.plugIn();
        assertThat(mixerNames()).contains(SimSoundCard.NAME);
        card.remove();
        assertThat(mixerNames()).doesNotContain(SimSoundCard.NAME);
    }

    @Test
    void captureIsPacedByTheCardsClockAndCarriesTheProgramme() throws Exception {
        try (AudioLines lines = port().open(RATE, 2, BLOCK * 4)) {
            assertThat(lines.describe()).isEqualTo("'rackd-sim', 48000 Hz, 2 ch, 24-bit PCM");
            assertThat(lines.captureFormat()).isEqualTo(SampleFormat.PCM24);
            byte[] block = new byte[BLOCK * 2 * 3];
            long t0 = System.nanoTime();
            double energy = 0;
            int blocks = RATE / 2 / BLOCK; // half a second
            for (int i = 0; i < blocks; i++) {
                assertThat(lines.read(block, 0, block.length)).isEqualTo(block.length);
                for (int s = 0; s < block.length; s += 3) {
                    double x = RawPcm.S24_3LE.get(block, s);
                    energy += x * x;
                }
                assertThat(lines.write(block, 0, block.length)).isEqualTo(block.length);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertThat(seconds).as("half a second of audio takes half a second to capture").isGreaterThan(0.45);
            assertThat(10 * Math.log10(energy / (blocks * BLOCK * 2))).as("programme level, dBFS RMS")
                    .isBetween(-45.0, -10.0);
        }
    }

    @Test
    void anUnpluggedCardCutsItsLinesShortAndCannotBeOpenedUntilItIsBack() throws Exception {
        AudioLines lines = port().open(RATE, 2, BLOCK * 4);
        byte[] block = new byte[BLOCK * 2 * 3];
        assertThat(lines.read(block, 0, block.length)).isEqualTo(block.length);
        card.unplug();
        assertThat(lines.read(block, 0, block.length)).isLessThan(block.length);
        assertThat(lines.write(block, 0, block.length)).isLessThan(block.length);
        lines.close();
        assertThatThrownBy(() -> port().open(RATE, 2, BLOCK * 4)).isInstanceOf(LineUnavailableException.class)
                .hasMessageStartingWith("no input device matching 'rackd-sim'");
        card.plugIn();
        try (AudioLines again = port().open(RATE, 2, BLOCK * 4)) {
            assertThat(again.read(block, 0, block.length)).isEqualTo(block.length);
        }
    }

    @Test
    void aRateOrChannelCountTheCardDoesNotHaveIsRefused() {
        assertThatThrownBy(() -> port().open(44100, 2, BLOCK * 4)).isInstanceOf(LineUnavailableException.class)
                .hasMessageContaining("offers none of");
        assertThatThrownBy(() -> port().open(RATE, 4, BLOCK * 4)).isInstanceOf(LineUnavailableException.class);
        assertThatThrownBy(() -> card.howl(1, 30_000)).hasMessageContaining("20 Hz to 21600 Hz");
        assertThatThrownBy(() -> card.howl(3, 1000)).hasMessageContaining("channels 1 to 2");
    }

    private static JavaSoundPort port() {
        return new JavaSoundPort(SimSoundCard.NAME, SimSoundCard.NAME);
    }

    private static List<String> mixerNames() {
        return Arrays.stream(AudioSystem.getMixerInfo()).map(Mixer.Info::getName).toList();
    }
}
