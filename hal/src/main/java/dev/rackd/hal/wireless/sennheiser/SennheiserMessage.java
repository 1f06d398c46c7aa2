package dev.rackd.hal.wireless.sennheiser;

import java.util.List;
import java.util.OptionalInt;

/** One line from a Sennheiser EW G3/G4 receiver (EM), decoded by {@link SennheiserCodec}. */
public sealed interface SennheiserMessage {
    /** {@code Frequency 822000 2 10}: kHz, bank and channel (0 0 for the user bank U1.0). */
    record Frequency(long khz, int bank, int channel) implements SennheiserMessage {}

    /** {@code RF 50 1 1}: RF level in % (100 % = 40 dBµV), active antenna 1 or 2, pilot tone seen. */
    record Rf(int levelPercent, int antenna, boolean pilot) implements SennheiserMessage {}

    /**
     * {@code AF 40 65 3}: audio level and peak hold in % (0 % = -50 dB, 100 % = peak), mute bits (bit 0 any mute,
     * bit 1 TX mute, bit 2 RF mute, bit 3 RX mute).
     */
    record Af(int levelPercent, int peakHoldPercent, int muteBits) implements SennheiserMessage {}

    /** {@code Bat 70}: 0, 30, 70 or 100 %; empty for {@code Bat ?} (no battery telegram received). */
    record Battery(OptionalInt percent) implements SennheiserMessage {}

    /** {@code Msg Low_RF_Signal Low_Battery}; empty for {@code Msg OK}. */
    record Warnings(List<String> active) implements SennheiserMessage {}

    record Name(String name) implements SennheiserMessage {}

    /** {@code Mute 1}: the receiver's own output mute (RX mute). */
    record Mute(boolean muted) implements SennheiserMessage {}

    /** {@code 1020: Value out of range [ Frequency 56 ]}. */
    record Refused(int code, String text) implements SennheiserMessage {}

    /** Anything else: Push acknowledgements, RF1/RF2, States, Config index, Squelch... */
    record Other(String line) implements SennheiserMessage {}
}
