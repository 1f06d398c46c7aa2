package dev.rackd.hal.wireless.shure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

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
        assertThat(ShureCodec.decode(" REP 1 FREQUENCY 578350 ", ShureFamily.ULXD))
                .isEqualTo(new ShureMessage.Report(1, "FREQUENCY", "578350"));
        assertThat(ShureCodec.decode(" REP 2 CHAN_NAME {Vocal 1    } ", ShureFamily.ULXD))
                .isEqualTo(new ShureMessage.Report(2, "CHAN_NAME", "{Vocal 1    }"));
        assertThat(ShureCodec.decode(" REP DEVICE_ID {rack-a} ", ShureFamily.ULXD))
                .isEqualTo(new ShureMessage.Report(0, "DEVICE_ID", "{rack-a}"));
        assertThat(ShureCodec.decode(" SAMPLE 1 ALL AX 080 032 ", ShureFamily.ULXD))
                .isEqualTo(new ShureMessage.Sample(1, "AX", -48, -18));
        assertThat(ShureCodec.decode(" REP ERR ", ShureFamily.ULXD)).isEqualTo(new ShureMessage.Refused());
        assertThat(ShureCodec.decode(" SAMPLE 1 ALL AX 999 032 ", ShureFamily.ULXD))
                .isEqualTo(new ShureMessage.BadSample(1, " SAMPLE 1 ALL AX 999 032 "));
        assertThat(ShureCodec.decode(" SAMPLE 9 ALL AX 080 032 ", ShureFamily.ULXD)).as("no such channel")
                .isInstanceOf(ShureMessage.Unknown.class);
        assertThat(ShureCodec.channelName("{Vocal 1    }")).isEqualTo("Vocal 1");
    }

    @Test
    void sentinelsMeanUnknownNotZero() {
        assertThat(ShureCodec.batteryBars("004")).hasValue(4);
        assertThat(ShureCodec.batteryBars("255")).isEmpty();
        assertThat(ShureCodec.batteryMinutes("00123")).hasValue(123);
        assertThat(ShureCodec.batteryMinutes("65535")).isEmpty();
        assertThat(ShureCodec.batteryMinutes("65534")).isEmpty();
        assertThat(ShureCodec.batteryMinutes("65533")).as("battery not talking").isEmpty();
        assertThat(ShureCodec.batteryMinutes("65532")).hasValue(65_532);
        assertThat(ShureCodec.gainDb("030")).hasValue(12);
        assertThat(ShureCodec.interference("NONE")).hasValue(0);
        assertThat(ShureCodec.interference("CRITICAL")).hasValue(1);
        assertThat(ShureCodec.onOff("ON")).isEqualTo(OptionalInt.of(1));
    }

    @Test
    void slxdSamplesAreAudioPeakAudioRmsAndOneRssi() {
        // the SLX-D document's example: audio peak and RMS 102 (-18 dBFS), RSSI 086 (-34 dBm)
        assertThat(ShureCodec.decode(" SAMPLE 1 ALL 102 102 086 ", ShureFamily.SLXD))
                .isEqualTo(new ShureMessage.Sample(1, "", -34, -18));
        assertThat(ShureCodec.decode(" SAMPLE 2 ALL 120 095 000 ", ShureFamily.SLXD))
                .isEqualTo(new ShureMessage.Sample(2, "", -120, 0));
        assertThat(ShureCodec.decode(" SAMPLE 1 ALL 102 102 121 ", ShureFamily.SLXD)).as("above the scale")
                .isInstanceOf(ShureMessage.BadSample.class);
        assertThat(ShureCodec.decode(" SAMPLE 1 ALL 102 102 086 ", ShureFamily.ULXD))
                .as("a ULX-D never sends this shape; not read as antenna, RF and audio")
                .isInstanceOf(ShureMessage.BadSample.class);
        assertThat(ShureCodec.decode(" SAMPLE 1 ALL AX 080 032 ", ShureFamily.SLXD))
                .isInstanceOf(ShureMessage.BadSample.class);
    }

    @Test
    void axientSamplesTakeTheStrongestAntennaInEveryLayout() {
        // standard channel: quality 5, audio bitmap, peak and RMS 102, antennas B B with RSSI 086 and 065
        assertThat(ShureCodec.decode(" SAMPLE 1 ALL 005 031 102 102 BB 31 086 31 065 ", ShureFamily.AXIENT))
                .isEqualTo(new ShureMessage.Sample(1, "BB", -34, -18));
        // Quadversity: four antennas, the strongest is the third
        assertThat(ShureCodec.decode(" SAMPLE 2 ALL 005 031 100 090 BBBB 31 083 31 068 31 089 31 072 ",
                ShureFamily.AXIENT)).isEqualTo(new ShureMessage.Sample(2, "BBBB", -31, -20));
        // frequency diversity (FD-C): a second RF section follows
        assertThat(ShureCodec.decode(" SAMPLE 3 ALL 255 000 000 000 XX 00 005 00 006 XX 00 004 00 090 ",
                ShureFamily.AXIENT)).isEqualTo(new ShureMessage.Sample(3, "XX", -30, -120));
        for (String broken : List.of(" SAMPLE 1 ALL 005 031 102 102 BB 31 086 31 ",
                " SAMPLE 1 ALL 005 031 102 102 BBB 31 086 31 065 31 070 ",
                " SAMPLE 1 ALL 005 031 102 102 BB 31 086 31 065 BBBB 31 086 31 065 31 001 31 002 ",
                " SAMPLE 1 ALL 005 031 102 102 BB 31 086 31 065 7 ",
                " SAMPLE 1 ALL 005 031 102 102 BB 31 186 31 065 ")) {
            assertThat(ShureCodec.decode(broken, ShureFamily.AXIENT)).as(broken)
                    .isInstanceOf(ShureMessage.BadSample.class);
        }
        assertThat(ShureCodec.decode(" SAMPLE 9 ALL 005 031 102 102 BB 31 086 31 065 ", ShureFamily.AXIENT))
                .isInstanceOf(ShureMessage.Unknown.class);
    }

    @Test
    void everyFamilysBatteryNamesReadTheSame() {
        ShureReadings r = new ShureReadings("rx1");
        for (String bars : List.of("BATT_BARS", "TX_BATT_BARS")) {
            assertThat(r.of(new ShureMessage.Report(1, bars, "002"), T)).singleElement()
                    .extracting(Reading::metric, Reading::value).containsExactly("ch1_battery_bars", 2.0);
        }
        for (String minutes : List.of("BATT_RUN_TIME", "TX_BATT_MINS")) {
            assertThat(r.of(new ShureMessage.Report(1, minutes, "00095"), T)).singleElement()
                    .extracting(Reading::metric, Reading::value).containsExactly("ch1_battery_minutes", 95.0);
        }
        for (String flag : List.of("RF_INT_DET", "INTERFERENCE_STATUS")) {
            assertThat(r.of(new ShureMessage.Report(2, flag, "CRITICAL"), T)).singleElement()
                    .extracting(Reading::metric, Reading::value).containsExactly("ch2_interference", 1.0);
        }
    }

    @Test
    void anUnreadableMeteringFrameMakesTheChannelsRfAndAudioFault() {
        assertThat(new ShureReadings("rx1").of(new ShureMessage.BadSample(2, "SAMPLE 2 ALL ??"), T))
                .extracting(Reading::metric, Reading::quality)
                .containsExactly(tuple("ch2_rf", Quality.FAULT),
                        tuple("ch2_audio", Quality.FAULT));
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
                .containsExactly(tuple("ch2_rf", -70.0),
                        tuple("ch2_audio", -20.0));
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
    void anyBytesGiveBoundedFramesAndDecodeWithoutThrowing(@ForAll("streams") byte[] bytes,
            @ForAll ShureFamily family) {
        ShureFramer f = new ShureFramer();
        List<String> frames = new ArrayList<>(f.feed(bytes, 0, bytes.length / 2));
        frames.addAll(f.feed(bytes, bytes.length / 2, bytes.length - bytes.length / 2));
        for (String frame : frames) {
            assertThat(frame.length()).isLessThanOrEqualTo(ShureFramer.MAX_FRAME);
            ShureMessage m = ShureCodec.decode(frame, family);
            if (m instanceof ShureMessage.Sample sample) {
                assertThat(sample.rfDbm()).isBetween(-128, 0);
                assertThat(sample.audioDbfs()).isBetween(-120, 0);
            }
            assertThat(m).isNotNull();
            assertThat(new ShureReadings("rx").of(m, T)).allSatisfy(r -> assertThat(
                    Double.isNaN(r.value()) ? r.quality() == Quality.FAULT : Double.isFinite(r.value())).isTrue());
        }
    }

    @Property(tries = 500)
    void axientSamplesOfAnyAntennaCountReadTheStrongestRssi(@ForAll("rssi") List<Integer> rssi,
            @ForAll boolean quadversity, @ForAll boolean frequencyDiversity, @ForAll("level") int peak) {
        int antennas = quadversity ? 4 : 2;
        int sections = frequencyDiversity ? 2 : 1;
        List<Integer> used = rssi.subList(0, antennas * sections);
        StringBuilder f = new StringBuilder(String.format(" SAMPLE 2 ALL 005 031 %03d 090", peak));
        for (int s = 0; s < sections; s++) {
            f.append(' ').append("B".repeat(antennas));
            for (int a = 0; a < antennas; a++) {
                f.append(String.format(" 31 %03d", used.get(s * antennas + a)));
            }
        }
        int best = used.stream().mapToInt(Integer::intValue).max().orElseThrow();
        assertThat(ShureCodec.decode(f + " ", ShureFamily.AXIENT))
                .isEqualTo(new ShureMessage.Sample(2, "B".repeat(antennas), best - 120, peak - 120));
        assertThat(ShureCodec.decode(f + " 31 ", ShureFamily.AXIENT)).isInstanceOf(ShureMessage.BadSample.class);
    }

    @Provide
    Arbitrary<List<Integer>> rssi() {
        return level().list().ofSize(8);
    }

    @Provide
    Arbitrary<Integer> level() {
        return Arbitraries.integers().between(0, 120);
    }

    @Provide
    Arbitrary<byte[]> streams() {
        Arbitrary<String> pieces = Arbitraries.of("<", ">", " REP ", " SAMPLE ", "1", "0", " ALL ", "AX ", "FREQUENCY ",
                "TX_BATT_BARS ", "TX_BATT_MINS ", "255", "65535", "999999999999", "{", "}", "\r\n", "ERR", "AUDIO_GAIN ",
                "RF_INT_DET ", "CRITICAL", "\u00ff", "-1", "080 032", " 102 102 086", " 005 031 ", " BB ", " BBBB ",
                " 31 086", " 120", "BATT_RUN_TIME ", "65533");
        return Arbitraries.oneOf(pieces.list().ofMaxSize(60).map(l -> String.join("", l).getBytes(StandardCharsets.ISO_8859_1)),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(2000));
    }
}
