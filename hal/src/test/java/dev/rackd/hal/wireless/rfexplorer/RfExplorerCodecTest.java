package dev.rackd.hal.wireless.rfexplorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rackd.hal.wireless.scan.ScanPoint;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class RfExplorerCodecTest {

    @Test
    void commandsCarryTheirLength() {
        assertThat(RfExplorerCodec.configRequest()).containsExactly('#', 4, 'C', '0');
        byte[] span = RfExplorerCodec.setSpan(470_000, 700_000, -10, -120);
        assertThat(span).hasSize(0x20);
        assertThat(span[1]).isEqualTo((byte) 0x20);
        assertThat(new String(span, 2, span.length - 2, StandardCharsets.US_ASCII))
                .isEqualTo("C2-F:0470000,0700000,-010,-120");
        assertThatThrownBy(() -> RfExplorerCodec.setSpan(700_000, 470_000, -10, -120))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void modelConfigAndAllThreeSweepFormsDecode() {
        ByteArrayOutputStream s = new ByteArrayOutputStream();
        write(s, "#C2-M:005,255,01.12B26\r\n#C2-F:0470000,0250000,-010,-120,0112,0,000,0015000,2700000,0600000,00110\r\n");
        s.write('$');
        s.write('S');
        s.write(3);
        s.write(new byte[] {(byte) 200, '#', '$'}, 0, 3);
        write(s, "\r\n");
        s.write('$');
        s.write('s');
        s.write(1);
        s.write(new byte[16], 0, 16);
        write(s, "\r\n");
        s.write('$');
        s.write('z');
        s.write(1);
        s.write(0);
        s.write(new byte[256], 0, 256);
        write(s, "\r\n");
        byte[] all = s.toByteArray();
        RfExplorerFramer f = new RfExplorerFramer();
        List<RfExplorerMessage> m = new ArrayList<>();
        for (int i = 0; i < all.length; i += 7) {
            m.addAll(f.feed(all, i, Math.min(7, all.length - i)));
        }
        assertThat(m).hasSize(5);
        assertThat(m.get(0)).isEqualTo(new RfExplorerMessage.Model(5, 255, "01.12B26"));
        RfExplorerMessage.Config c = (RfExplorerMessage.Config) m.get(1);
        assertThat(c.startKhz()).isEqualTo(470_000);
        assertThat(c.points()).isEqualTo(112);
        assertThat(c.pointKhz(111)).isEqualTo(470_000 + 27_750);
        assertThat(c.maxSpanKhz()).isEqualTo(600_000);
        assertThat(((RfExplorerMessage.Sweep) m.get(2)).levelsDbm()).containsExactly(-100.0, -17.5, -18.0);
        assertThat(((RfExplorerMessage.Sweep) m.get(3)).levelsDbm()).hasSize(16);
        assertThat(((RfExplorerMessage.Sweep) m.get(4)).levelsDbm()).hasSize(256);
        assertThat(f.skipped()).isZero();
    }

    @Test
    void spansCoverTheRangeAndStitchAtTheAskedResolution() {
        ScanPlan plan = new ScanPlan(470_000, 480_000, 100);
        List<long[]> spans = plan.spans(11, 0);
        assertThat(spans).hasSize(10);
        assertThat(spans.get(0)).containsExactly(470_000, 471_000);
        assertThat(spans.get(9)).containsExactly(479_000, 480_000);
        ScanAssembler a = new ScanAssembler(plan);
        for (long[] span : spans) {
            RfExplorerMessage.Config c = new RfExplorerMessage.Config(span[0], 100_000, -10, -120, 11, 0, 0, 0);
            double[] levels = new double[11];
            java.util.Arrays.fill(levels, -100);
            if (span[0] == 475_000) {
                levels[5] = -40;
            }
            a.add(c, new RfExplorerMessage.Sweep(levels));
        }
        List<ScanPoint> scan = a.result();
        assertThat(scan).hasSize(101);
        assertThat(scan.get(55)).isEqualTo(new ScanPoint(475_500, -40));
        assertThat(scan.get(54).levelDbm()).isEqualTo(-100);
    }

    @Test
    void gapsInTheGridAreInterpolated() {
        ScanPlan plan = new ScanPlan(470_000, 470_400, 100);
        ScanAssembler a = new ScanAssembler(plan);
        a.add(new RfExplorerMessage.Config(470_000, 400_000, -10, -120, 2, 0, 0, 0),
                new RfExplorerMessage.Sweep(new double[] {-100, -60}));
        assertThat(a.result()).extracting(ScanPoint::levelDbm).containsExactly(-100.0, -90.0, -80.0, -70.0, -60.0);
    }

    @Property(tries = 1000)
    void anyBytesNeverThrowAndSweepsStayBounded(@ForAll("streams") byte[] bytes) {
        RfExplorerFramer f = new RfExplorerFramer();
        for (RfExplorerMessage m : f.feed(bytes, 0, bytes.length)) {
            if (m instanceof RfExplorerMessage.Sweep s) {
                assertThat(s.levelsDbm().length).isBetween(1, 65_535);
                assertThat(java.util.Arrays.stream(s.levelsDbm()).allMatch(d -> d >= -127.5 && d <= 0)).isTrue();
            }
            if (m instanceof RfExplorerMessage.Text t) {
                assertThat(t.line().length()).isLessThanOrEqualTo(RfExplorerFramer.MAX_LINE);
            }
        }
    }

    @Provide
    Arbitrary<byte[]> streams() {
        Arbitrary<String> pieces = Arbitraries.of("#C2-F:", "#C2-M:", "0470000", ",", "-010", "0112", "$S", "$s", "$z",
                "\r\n", "\u0003", "\u00ff", "abc", "999999999", "-", "#", "$");
        return Arbitraries.oneOf(
                pieces.list().ofMaxSize(50).map(l -> String.join("", l).getBytes(StandardCharsets.ISO_8859_1)),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(3000));
    }

    private static void write(ByteArrayOutputStream s, String text) {
        byte[] b = text.getBytes(StandardCharsets.US_ASCII);
        s.write(b, 0, b.length);
    }
}
