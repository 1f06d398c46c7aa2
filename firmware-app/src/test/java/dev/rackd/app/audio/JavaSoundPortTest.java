package dev.rackd.app.audio;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import javax.sound.sampled.LineUnavailableException;
import org.junit.jupiter.api.Test;

class JavaSoundPortTest {

    @Test
    void aDeviceThatIsNotThereIsNamedWithWhatIsThere() {
        assertThatThrownBy(() -> new JavaSoundPort("rackd-test-no-such-card", "default").open(48000, 2, 256))
                .isInstanceOf(LineUnavailableException.class)
                .hasMessageStartingWith("no input device matching 'rackd-test-no-such-card'; present: ");
    }

    @Test
    void soundCardsAreOpenedWithIntegerFormatsOnly() {
        assertThatThrownBy(() -> new JavaSoundPort("default", "default", List.of(SampleFormat.FLOAT32)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("integer PCM");
    }
}
