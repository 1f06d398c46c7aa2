package dev.rackd.app.audio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rackd.app.audio.FixedNotchStore.Saved;
import dev.rackd.dsp.FixedNotch;
import java.util.List;
import org.junit.jupiter.api.Test;

class FixedNotchRestoreTest {

    @Test
    void everyNotchTheShowCanHoldIsPlacedAndEveryOtherIsNamedWithWhy() {
        FixedNotchRestore r = FixedNotchRestore.check(List.of(
                new Saved(1, 1000, 3.0, 0.1),
                new Saved(1, 1000, -9, 0.5),
                new Saved(2, 19844, -9, 0.1),
                new Saved(2, 19845, -9, 0.1),
                new Saved(1, 250.5, -12, 0.05),
                new Saved(3, 500, -6, 0.1)), 2, 44100, 24);

        assertThat(r.placed()).containsExactly(List.of(new FixedNotch(250.5, -12, 0.05)),
                List.of(new FixedNotch(19844, -9, 0.1)));
        assertThat(r.count()).isEqualTo(2);
        assertThat(r.leftOut()).isEqualTo(4);
        assertThat(r.warning()).hasValue("Ring-out notches could not be restored, 2 of 6 in place (channel 1 at 1000"
                + " Hz: fixed notch depth must be below 0 dB and not below -60 dB, not 3.0; channel 1 at 1000 Hz: fixed"
                + " notch width must be from 1/80 to 1/5 octave, not 0.5; channel 2 at 19845 Hz: a notch must sit below"
                + " 19845 Hz at 44100 Hz; channel 3 at 500 Hz: the show has 2 channels); ring out again");
    }

    @Test
    void aChannelTakesNoMoreThanItsBankHoldsInTheOrderTheyWereSaved() {
        FixedNotchRestore r = FixedNotchRestore.check(List.of(new Saved(1, 100, -6, 0.1), new Saved(1, 200, -6, 0.1),
                new Saved(1, 300, -6, 0.1)), 1, 48000, 2);

        assertThat(r.placed()).containsExactly(List.of(new FixedNotch(100, -6, 0.1), new FixedNotch(200, -6, 0.1)));
        assertThat(r.warning()).hasValue("Ring-out notches could not be restored, 2 of 3 in place (channel 1 at 300"
                + " Hz: a channel holds 2 notches (audio.max_notches)); ring out again");
    }

    @Test
    void aCleanSetSaysNothingAndALostOneSaysWhy() {
        FixedNotchRestore clean = FixedNotchRestore.check(List.of(new Saved(2, 2499.5, -18, 0.1)), 2, 48000, 24);
        assertThat(clean.placed()).containsExactly(List.of(), List.of(new FixedNotch(2499.5, -18, 0.1)));
        assertThat(clean.warning()).isEmpty();
        assertThat(FixedNotchRestore.check(List.of(), 1, 48000, 24).warning()).isEmpty();

        FixedNotchRestore lost = FixedNotchRestore.lost(2, "saved fixed notches are not in format 1");
        assertThat(lost.placed()).containsExactly(List.of(), List.of());
        assertThat(lost.warning()).hasValue("Ring-out notches could not be restored (saved fixed notches are not in"
                + " format 1); ring out again");
    }
}
