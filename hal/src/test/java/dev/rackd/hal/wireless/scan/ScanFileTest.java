package dev.rackd.hal.wireless.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        // MHz where WSM writes kHz: read as 470 kHz the carrier would silently fall off every band
        assertThatThrownBy(() -> ScanFile.parse("470000;-98\n470.000;-40\n")).hasMessage("line 2 '470.000;-40':"
                + " frequency 470.000 kHz is below 30 MHz; in a ';' scan (Sennheiser WSM) the frequency is in kHz"
                + " (e.g. 470025)");
        assertThatThrownBy(() -> ScanFile.parse("470.000,-98\r\n470.025,-97\r470.050,loud\n"))
                .hasMessageStartingWith("line 3 ");
    }

    @Test
    void aFolderADeviceOrNothingIsRefusedBeforeAnythingIsRead(@TempDir Path dir) {
        assertThatThrownBy(() -> ScanFile.read(dir)).isInstanceOf(ScanFileException.class)
                .hasMessage(dir + " is a folder, not a file; required: a scan exported as CSV");
        assertThatThrownBy(() -> ScanFile.read(dir.resolve("scan.csv"))).isInstanceOf(ScanFileException.class)
                .hasMessage(dir.resolve("scan.csv") + ": no such file");
        Path zero = Path.of("/dev/zero");
        Assumptions.assumeTrue(Files.exists(zero));
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(() -> ScanFile.read(zero))
                .isInstanceOf(ScanFileException.class).hasMessageContaining("/dev/zero is a device or pipe"));
    }

    @Test
    void pointsFinerThanAKilohertzAreKeptAsOneAtTheirHighestLevel() throws Exception {
        assertThat(ScanFile.parse("470.0251,-90\n470.0254,-60\n470.0249,-80\n470.026,-99\n"))
                .containsExactly(new ScanPoint(470_025, -60), new ScanPoint(470_026, -99));
    }

    @Test
    void aScanOfMillionsOfLinesAtOneHertzKeepsOnePointAKilohertz() throws Exception {
        int lines = 1_500_000; // more lines than points may be kept
        var scan = new GeneratedScan(lines, i -> String.format(Locale.ROOT, "%d.%06d,-%d\n", 470 + i / 1_000_000,
                i % 1_000_000, 90 + i % 7));

        List<ScanPoint> points = ScanFile.read(scan);

        assertThat(points).hasSize(1_501); // each line's kHz rounded: 470000 to 471500, the first and last half full
        assertThat(points.get(0)).isEqualTo(new ScanPoint(470_000, -90));
        assertThat(points).allSatisfy(p -> assertThat(p.levelDbm()).isEqualTo(-90));
    }

    @Test
    void anEndlessScanIsCutAtTheLimitNotReadToItsEnd() {
        var endless = new GeneratedScan(Long.MAX_VALUE, i -> (470_000 + i) + ";-98.5\n");

        assertThatThrownBy(() -> ScanFile.read(endless)).isInstanceOf(ScanFileException.class)
                .hasMessageStartingWith("more than " + ScanFile.MAX_POINTS + " scan points (line "
                        + (ScanFile.MAX_POINTS + 1) + ")");
        // read a line at a time: what was pulled is the lines kept plus one read-ahead buffer, not more
        assertThat(endless.lines()).isLessThan(ScanFile.MAX_POINTS + 2_000);
    }

    @Test
    void anEndlessLineIsRefusedAtItsLengthLimit() {
        var noLineEnds = new GeneratedScan(Long.MAX_VALUE, i -> "0");

        assertThatThrownBy(() -> ScanFile.read(noLineEnds)).isInstanceOf(ScanFileException.class)
                .hasMessageStartingWith("line 1 is longer than 4096 characters");
        assertThat(noLineEnds.lines()).isLessThan(64 * 1024);
    }

    @Property(tries = 300)
    void whatIsWrittenReadsBackToTheTenthOfADb(@ForAll("scans") List<ScanPoint> scan, @ForAll boolean wsm)
            throws Exception {
        List<ScanPoint> back = ScanFile.parse(ScanFile.write(scan, wsm ? ScanFile.Format.WSM : ScanFile.Format.WWB));
        List<ScanPoint> kept = maxHoldPerKilohertz(scan);
        assertThat(back).hasSameSizeAs(kept);
        for (int i = 0; i < kept.size(); i++) {
            assertThat(back.get(i).frequencyKhz()).isEqualTo(kept.get(i).frequencyKhz());
            assertThat(back.get(i).levelDbm()).isCloseTo(kept.get(i).levelDbm(), within(0.051));
        }
    }

    @Property(tries = 500)
    void aStreamInAnyPiecesReadsAsTheWholeText(@ForAll("garbage") String text, @ForAll @IntRange(min = 1, max = 9)
            int piece) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

        assertThat(outcome(() -> ScanFile.read(new Pieces(bytes, piece))))
                .isEqualTo(outcome(() -> ScanFile.parse(new String(bytes, StandardCharsets.UTF_8))));
    }

    /** Consecutive points in one kHz are one point, at the highest level: what reading keeps. */
    private static List<ScanPoint> maxHoldPerKilohertz(List<ScanPoint> scan) {
        List<ScanPoint> kept = new ArrayList<>();
        for (ScanPoint p : scan) {
            int last = kept.size() - 1;
            if (last >= 0 && kept.get(last).frequencyKhz() == p.frequencyKhz()) {
                kept.set(last, Math.round(p.levelDbm() * 10) > Math.round(kept.get(last).levelDbm() * 10)
                        ? p : kept.get(last));
            } else {
                kept.add(p);
            }
        }
        return kept;
    }

    private interface Reading {
        List<ScanPoint> run() throws IOException;
    }

    private static Object outcome(Reading reading) {
        try {
            return reading.run();
        } catch (IOException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    /** The bytes handed out at most {@code piece} at a time, as a pipe or a slow disk may. */
    private static final class Pieces extends InputStream {
        private final byte[] bytes;
        private final int piece;
        private int pos;

        Pieces(byte[] bytes, int piece) {
            this.bytes = bytes;
            this.piece = piece;
        }

        @Override
        public int read() {
            return pos < bytes.length ? bytes[pos++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos == bytes.length) {
                return -1;
            }
            int n = Math.min(Math.min(len, piece), bytes.length - pos);
            System.arraycopy(bytes, pos, b, off, n);
            pos += n;
            return n;
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
        Arbitrary<ScanPoint> point = Combinators.combine(Arbitraries.longs().between(30_000, 9_999_999),
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
