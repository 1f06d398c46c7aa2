package dev.rackd.hal.wireless.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ScanFileTest {

    @Test
    void readsWorkbenchCsvInMegahertzWithAHeader() throws Exception {
        List<ScanPoint> p = ScanFile.parse("Frequency (MHz),Level (dBm)\r\n470.000,-98.5\r\n470.025,-60\r\n\r\n");
        assertThat(p).containsExactly(new ScanPoint(470_000, -98.5), new ScanPoint(470_025, -60));
    }

    @Test
    void readsWsmCsvInKilohertzWithDecimalCommas() throws Exception {
        List<ScanPoint> p = ScanFile.parse("Frequenz;Pegel\n470025;-98,5\n470050;-101\n");
        assertThat(p).containsExactly(new ScanPoint(470_025, -98.5), new ScanPoint(470_050, -101));
    }

    @Test
    void writesBothFormats() {
        List<ScanPoint> p = List.of(new ScanPoint(470_025, -98.5), new ScanPoint(608_000, -101.25));
        assertThat(ScanFile.write(p, ScanFile.Format.WWB)).isEqualTo("470.025,-98.5\r\n608.000,-101.3\r\n");
        assertThat(ScanFile.write(p, ScanFile.Format.WSM)).isEqualTo("470025;-98.5\r\n608000;-101.3\r\n");
    }

    @Test
    void badLinesAreNamedByNumber() {
        assertThatThrownBy(() -> ScanFile.parse("470.000,-98\n470.025,loud\n"))
                .isInstanceOf(ScanFileException.class).hasMessage("line 2 '470.025,loud': level must be dBm (e.g. -98.5)");
        assertThatThrownBy(() -> ScanFile.parse("470.000,-98\n1e999999999,-3\n"))
                .hasMessageContaining("line 2").hasMessageContaining("frequency must be MHz");
        assertThatThrownBy(() -> ScanFile.parse("470000;-500\n")).hasMessageContaining("out of range");
        assertThatThrownBy(() -> ScanFile.parse("just words\n")).hasMessageContaining("no scan points found");
    }

    @Property(tries = 300)
    void whatIsWrittenReadsBackToTheTenthOfADb(@ForAll("scans") List<ScanPoint> scan, @ForAll boolean wsm)
            throws Exception {
        List<ScanPoint> back = ScanFile.parse(ScanFile.write(scan, wsm ? ScanFile.Format.WSM : ScanFile.Format.WWB));
        assertThat(back).hasSameSizeAs(scan);
        for (int i = 0; i < scan.size(); i++) {
            assertThat(back.get(i).frequencyKhz()).isEqualTo(scan.get(i).frequencyKhz());
            assertThat(back.get(i).levelDbm()).isCloseTo(scan.get(i).levelDbm(), within(0.051));
        }
    }

    @Property(tries = 1000)
    void garbageIsRefusedWithAScanFileExceptionOnly(@ForAll("garbage") String text) {
        try {
            List<ScanPoint> p = ScanFile.parse(text);
            assertThat(p).isNotEmpty();
        } catch (ScanFileException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<List<ScanPoint>> scans() {
        Arbitrary<ScanPoint> point = Combinators.combine(Arbitraries.longs().between(1, 9_999_999),
                Arbitraries.doubles().between(-199, 49).ofScale(2)).as(ScanPoint::new);
        return point.list().ofMinSize(1).ofMaxSize(50);
    }

    @Provide
    Arbitrary<String> garbage() {
        Arbitrary<String> fragments = Arbitraries.of("470.025", "470025", ",", ";", "-98.5", "-98,5", "\n", "\r\n",
                "e9", "NaN", "Infinity", "-", ".", "999999999999", "#", " ", "\u0000", "1.5.6", "+3");
        return Arbitraries.oneOf(fragments.list().ofMaxSize(30).map(l -> String.join("", l)),
                Arbitraries.strings().ofMaxLength(200));
    }
}
