package dev.rackd.hal.wireless.sennheiser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rackd.hal.Quality;
import dev.rackd.hal.Reading;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class SennheiserCodecTest {
    private static final Instant T = Instant.parse("2025-01-01T20:00:00Z");

    @Test
    void commandsEndInCarriageReturn() {
        assertThat(SennheiserCodec.push(60, 100, 3)).isEqualTo("Push 60 100 3\r");
        assertThat(SennheiserCodec.push(0, 0, 0)).isEqualTo("Push 0 0 0\r");
        assertThat(SennheiserCodec.setFrequency(670_150)).isEqualTo("Frequency 670150\r");
        assertThat(SennheiserCodec.get("Name")).isEqualTo("Name\r");
    }

    @Test
    void theDocumentedCyclicAttributesDecode() {
        List<SennheiserMessage> m = SennheiserCodec.lines("RF1 25 65 1\rRF2 28 78 0\rStates 3 2\rRF 50 1 1\r"
                + "AF 40 65 3\rBat 70\rMsg Low_RF_Signal Low_Battery\rConfig 234\r").stream()
                .map(SennheiserCodec::decode).toList();
        assertThat(m).contains(new SennheiserMessage.Rf(50, 1, true), new SennheiserMessage.Af(40, 65, 3),
                new SennheiserMessage.Battery(OptionalInt.of(70)),
                new SennheiserMessage.Warnings(List.of("Low_RF_Signal", "Low_Battery")));
        assertThat(SennheiserCodec.decode("Frequency 822000 2 10")).isEqualTo(new SennheiserMessage.Frequency(822_000, 2, 10));
        assertThat(SennheiserCodec.decode("Bat ?")).isEqualTo(new SennheiserMessage.Battery(OptionalInt.empty()));
        assertThat(SennheiserCodec.decode("Msg OK")).isEqualTo(new SennheiserMessage.Warnings(List.of()));
        assertThat(SennheiserCodec.decode("1020: Value out of range [ Frequency 56 2 9 ]"))
                .isEqualTo(new SennheiserMessage.Refused(1020, "Value out of range [ Frequency 56 2 9 ]"));
        assertThat(SennheiserCodec.decode("Name VOC 1")).isEqualTo(new SennheiserMessage.Name("VOC 1"));
    }

    @Test
    void levelsScaleToDbmDbfsAndBars() {
        assertThat(SennheiserCodec.rfDbm(100)).isCloseTo(-67.0, within(1e-9));
        assertThat(SennheiserCodec.rfDbm(0)).isCloseTo(-107.0, within(1e-9));
        assertThat(SennheiserCodec.audioDbfs(100)).isCloseTo(0.0, within(1e-9));
        assertThat(SennheiserCodec.audioDbfs(0)).isCloseTo(-50.0, within(1e-9));
        assertThat(List.of(0, 30, 70, 100).stream().map(SennheiserCodec::batteryBars)).containsExactly(0, 1, 3, 5);
    }

    @Test
    void muteMeansTxOrRxMuteNotAnRfDropout() {
        SennheiserReadings r = new SennheiserReadings("em1");
        assertThat(mute(r, "AF 37 42 3")).isEqualTo(1.0);
        assertThat(mute(r, "AF 37 42 9")).isEqualTo(1.0);
        assertThat(mute(r, "AF 37 42 5")).isEqualTo(0.0);
        assertThat(r.of(SennheiserCodec.decode("Bat ?"), T)).singleElement()
                .satisfies(b -> assertThat(b.quality()).isEqualTo(Quality.FAULT));
    }

    private static double mute(SennheiserReadings r, String line) {
        return r.of(SennheiserCodec.decode(line), T).stream().filter(x -> x.metric().equals("ch1_mute"))
                .findFirst().orElseThrow().value();
    }

    @Property(tries = 1000)
    void anyDatagramDecodesWithoutThrowing(@ForAll("datagrams") String datagram) {
        for (String line : SennheiserCodec.lines(datagram)) {
            SennheiserMessage m = SennheiserCodec.decode(line);
            for (Reading r : new SennheiserReadings("em").of(m, T)) {
                assertThat(Double.isNaN(r.value()) ? r.quality() == Quality.FAULT : Double.isFinite(r.value())).isTrue();
            }
        }
    }

    @Provide
    Arbitrary<String> datagrams() {
        Arbitrary<String> pieces = Arbitraries.of("RF", "AF", "Bat", "Msg", "Frequency", "Name", "Mute", " ", "  ",
                "\r", "\n", "?", "-1", "0", "1", "2", "3", "100", "99999999", "2147483648", "OK", "1020:", "[", "]", "x");
        return Arbitraries.oneOf(pieces.list().ofMaxSize(40).map(l -> String.join("", l)),
                Arbitraries.strings().ofMaxLength(300));
    }
}
