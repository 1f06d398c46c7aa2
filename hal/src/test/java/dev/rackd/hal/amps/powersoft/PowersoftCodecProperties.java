package dev.rackd.hal.amps.powersoft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class PowersoftCodecProperties {

    @Property(tries = 2000)
    void randomBytesAreAFrameOrARefusalNeverAnythingElse(@ForAll @Size(max = 300) byte[] bytes) {
        try {
            PowersoftFrame f = PowersoftCodec.decode(bytes);
            assertThat(PowersoftCodec.encode(f)).isEqualTo(bytes);
        } catch (PowersoftFrameException expected) {
            assertThat(expected).hasMessageNotContaining("null");
        }
    }

    @Property(tries = 1000)
    void everyFrameSurvivesTheRoundTrip(@ForAll("frames") PowersoftFrame frame) throws Exception {
        assertThat(PowersoftCodec.decode(PowersoftCodec.encode(frame))).isEqualTo(frame);
    }

    @Property(tries = 1000)
    void aFlippedBitInDataOrCrcIsAlwaysCaught(@ForAll("frames") PowersoftFrame frame, @ForAll @IntRange(min = 0, max = 7) int bit,
            @ForAll @IntRange(min = 0, max = 10_000) int where) {
        byte[] wire = PowersoftCodec.encode(frame);
        int protectedBytes = frame.data().length + 2; // data and its CRC
        int at = 8 + where % protectedBytes;
        wire[at] ^= (byte) (1 << bit);
        assertThatThrownBy(() -> PowersoftCodec.decode(wire)).isInstanceOf(PowersoftFrameException.class);
    }

    @Property(tries = 2000)
    void answerDecodersRefuseGarbageWithTheirOwnException(@ForAll @Size(max = 200) byte[] data) {
        for (AnswerDecoder decoder : new AnswerDecoder[] {PowersoftAnswers::gainsAndMutes, PowersoftAnswers::muteEcho,
                PowersoftAnswers::gainEcho, PowersoftAnswers::info, PowersoftAnswers::load, PowersoftAnswers::standby,
                PowersoftAnswers::loadMonitor, PowersoftAnswers::alarms, PowersoftAnswers::outputMeters}) {
            try {
                assertThat(decoder.decode(data)).isNotNull();
            } catch (PowersoftFrameException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        }
    }

    @Provide
    Arbitrary<PowersoftFrame> frames() {
        return Combinators.combine(Arbitraries.integers().between(0, 255), Arbitraries.integers().between(0, 0xFFFF),
                Arbitraries.integers().between(0, 0xFFFF), Arbitraries.bytes().array(byte[].class).ofMaxSize(600))
                .as(PowersoftFrame::new);
    }

    @FunctionalInterface
    interface AnswerDecoder {
        Object decode(byte[] data) throws PowersoftFrameException;
    }
}
