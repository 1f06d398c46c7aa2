package dev.rackd.hal.wireless.shure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rackd.hal.Quality;
import dev.rackd.hal.Reading;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ShureCodecTest {
    private static final Instant T = Instant.parse("2025-01-01T20:00:00Z");

    @Test
    void commandsAreTheDocumentedStrings() {
        assertThat(ShureCodec.get(1, "FREQUENCY")).isEqualTo("< GET 1 FREQUENCY >");
        assertThat(ShureCodec.get(0, "ALL")).isEqualTo("< GET 0 ALL >");
        assertThat(ShureCodec.setFrequency(1, 578_350)).isEqualTo("< SET 1 FREQUENCY 578350 >");
        assertThat(ShureCodec.meterRate(2, 100)).isEqualTo("< SET 2 METER_RATE 00100 >");
        assertThat(ShureCodec.meterRate(2, 0)).isEqualTo("< SET 2 METER_RATE 00000 >");
        assertThatThrownBy(() -> ShureCodec.setFrequency(0, 578_350)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reportsAndSamplesDecode() {
        assertThat(ShureCodec.decode(" REP 1 FREQUENCY 578350 "))
                .isEqualTo(new ShureMessage.Report(1, "FREQUENCY", "578350"));
        assertThat(ShureCodec.decode(" REP 2 CHAN_NAME {Vocal 1    } "))
                .isEqualTo(new ShureMessage.Report(2, "CHAN_NAME", "{Vocal 1    }"));
        assertThat(ShureCodec.decode(" REP DEVICE_ID {rack-a} ")).isEqualTo(new ShureMessage.Report(0, "DEVICE_ID",
                "{rack-a}"));
        assertThat(ShureCodec.decode(" SAMPLE 1 ALL AX 080 032 ")).isEqualTo(new ShureMessage.Sample(1, "AX", -48, -18));
        assertThat(ShureCodec.decode(" REP ERR ")).isEqualTo(new ShureMessage.Refused());
        assertThat(ShureCodec.decode(" SAMPLE 1 ALL AX 999 032 ")).isInstanceOf(ShureMessage.Unknown.class);
        assertThat(ShureCodec.channelName("{Vocal 1    }")).isEqualTo("Vocal 1");
    }

    @Test
    void sentinelsMeanUnknownNotZero() {
        assertThat(ShureCodec.batteryBars("004")).hasValue(4);
        assertThat(ShureCodec.batteryBars("255")).isEmpty();
        assertThat(ShureCodec.batteryMinutes("00123")).hasValue(123);
        assertThat(ShureCodec.batteryMinutes("65535")).isEmpty();
        assertThat(ShureCodec.batteryMinutes("65534")).isEmpty();
        assertThat(ShureCodec.gainDb("030")).hasValue(12);
        assertThat(ShureCodec.interference("NONE")).hasValue(0);
        assertThat(ShureCodec.interference("CRITICAL")).hasValue(1);
        assertThat(ShureCodec.onOff("ON")).isEqualTo(OptionalInt.of(1));
    }

    @Test
    void readingsCarryUnitsAndFaultForUnknownBattery() {
        ShureReadings r = new ShureReadings("rx1");
        List<Reading> bars = r.of(new ShureMessage.Report(3, "TX_BATT_BARS", "255"), T);
        assertThat(bars).singleElement().satisfies(b -> {
            assertThat(b.metric()).isEqualTo("ch3_battery_bars");
            assertThat(b.quality()).isEqualTo(Quality.FAULT);
            assertThat(b.value()).isNaN();
        });
        assertThat(r.of(new ShureMessage.Sample(2, "XB", -70, -20), T)).extracting(Reading::metric, Reading::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ch2_rf", -70.0),
                        org.assertj.core.groups.Tuple.tuple("ch2_audio", -20.0));
        assertThat(r.of(new ShureMessage.Report(1, "FREQUENCY", "0578350"), T)).singleElement()
                .extracting(Reading::value).isEqualTo(578_350.0);
    }

    @Test
    void framerCutsFramesAcrossReadsAndDropsJunk() {
        ShureFramer f = new ShureFramer();
        byte[] a = "junk< REP 1 FREQ".getBytes(StandardCharsets.US_ASCII);
        byte[] b = "UENCY 578350 >\r\n< SAMPLE 1 ALL AX 080 032 >".getBytes(StandardCharsets.US_ASCII);
        assertThat(f.feed(a, 0, a.length)).isEmpty();
        assertThat(f.feed(b, 0, b.length)).containsExactly(" REP 1 FREQUENCY 578350 ", " SAMPLE 1 ALL AX 080 032 ");
    }

    @Property(tries = 1000)
    void anyBytesGiveBoundedFramesAndDecodeWithoutThrowing(@ForAll("streams") byte[] bytes) {
        ShureFramer f = new ShureFramer();
        List<String> frames = new ArrayList<>(f.feed(bytes, 0, bytes.length / 2));
        frames.addAll(f.feed(bytes, bytes.length / 2, bytes.length - bytes.length / 2));
        for (String frame : frames) {
            assertThat(frame.length()).isLessThanOrEqualTo(ShureFramer.MAX_FRAME);
            ShureMessage m = ShureCodec.decode(frame);
            assertThat(m).isNotNull();
            assertThat(new ShureReadings("rx").of(m, T)).allSatisfy(r -> assertThat(
                    Double.isNaN(r.value()) ? r.quality() == Quality.FAULT : Double.isFinite(r.value())).isTrue());
        }
    }

    @Provide
    Arbitrary<byte[]> streams() {
        Arbitrary<String> pieces = Arbitraries.of("<", ">", " REP ", " SAMPLE ", "1", "0", " ALL ", "AX ", "FREQUENCY ",
                "TX_BATT_BARS ", "TX_BATT_MINS ", "255", "65535", "999999999999", "{", "}", "\r\n", "ERR", "AUDIO_GAIN ",
                "RF_INT_DET ", "CRITICAL", "\u00ff", "-1", "080 032");
        return Arbitraries.oneOf(pieces.list().ofMaxSize(60).map(l -> String.join("", l).getBytes(StandardCharsets.ISO_8859_1)),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(2000));
    }
}
