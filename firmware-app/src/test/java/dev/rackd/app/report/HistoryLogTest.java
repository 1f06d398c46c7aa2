package dev.rackd.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rackd.app.fixtures.MutableClock;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The show history on the card: what was written reads back, and a power cut or a bad sector costs only itself. */
class HistoryLogTest {
    private static final Instant T0 = Instant.parse("2026-11-21T19:00:00Z");

    @TempDir
    Path tmp;
    private final MutableClock clock = new MutableClock(T0);

    @Test
    void samplesAndEventsReadBackInTheirWindow() throws IOException {
        try (HistoryLog log = log(1 << 20, 32 << 20)) {
            for (int i = 0; i < 120; i++) {
                log.samples(clock.instant(), Map.of("distro-l1/l1_current", new HistoryLog.Sample("A", 10 + i * 0.1),
                        "amp-b/ch3_temperature", new HistoryLog.Sample("°C", 40 + i * 0.2)));
                if (i == 60) {
                    log.event(clock.instant(), "device", "{\"device\":\"ulxd-2\",\"online\":false}");
                }
                clock.advance(Duration.ofSeconds(30));
            }
        }
        ShowHistory all = HistoryReader.read(tmp, Instant.MIN, Instant.MAX);
        assertThat(all.problems()).isEmpty();
        assertThat(all.series().get("distro-l1/l1_current")).hasSize(120);
        assertThat(all.series().get("amp-b/ch3_temperature").get(119).value()).isCloseTo(63.8, within(1e-3));
        assertThat(all.units()).containsEntry("amp-b/ch3_temperature", "°C");
        assertThat(all.events()).singleElement().satisfies(e -> assertThat(e.time()).isEqualTo(T0.plusSeconds(1800)));
        assertThat(all.layout()).contains("{\"rack\":{}}");

        ShowHistory half = HistoryReader.read(tmp, T0.plusSeconds(1800), T0.plusSeconds(2400));
        assertThat(half.series().get("distro-l1/l1_current")).hasSize(21);
        ShowHistory survey = HistoryReader.survey(tmp);
        assertThat(survey.first()).contains(T0);
        assertThat(survey.last()).contains(T0.plusSeconds(30 * 119));
    }

    @Test
    void aTornLastRecordLosesOnlyItself() throws IOException {
        writeMinutes(10);
        Path seg = HistoryLog.segments(tmp).getFirst();
        try (FileChannel ch = FileChannel.open(seg, StandardOpenOption.WRITE)) {
            ch.truncate(ch.size() - 5);
        }
        ShowHistory h = HistoryReader.read(tmp, Instant.MIN, Instant.MAX);
        assertThat(h.series().get("rack-intake/temperature")).hasSize(9);
        assertThat(h.problems()).singleElement().asString().contains(seg.getFileName().toString()).contains("torn");
    }

    @Test
    void aDamagedRecordEndsItsSegmentButTheNextRunIsStillRead() throws IOException {
        Path first = twoRuns(10, 5);
        try (FileChannel ch = FileChannel.open(first, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(new byte[] {0x55}), ch.size() / 2);
        }
        ShowHistory h = HistoryReader.read(tmp, Instant.MIN, Instant.MAX);
        assertThat(h.series().get("rack-intake/temperature")).hasSizeBetween(6, 14);
        assertThat(h.problems()).singleElement().asString().contains("after");
        assertThat(HistoryLog.segments(tmp)).hasSize(2);
    }

    @Test
    void segmentsRotateAndTheOldestGoToStayUnderTheBound() throws IOException {
        try (HistoryLog log = log(4096, 16384)) {
            for (int i = 0; i < 2000; i++) {
                log.samples(clock.instant(), Map.of("distro-l1/l1_current", new HistoryLog.Sample("A", i)));
                clock.advance(Duration.ofSeconds(30));
            }
        }
        List<Path> segments = HistoryLog.segments(tmp);
        long total = 0;
        for (Path p : segments) {
            total += Files.size(p);
        }
        assertThat(total).isLessThanOrEqualTo(16384 + 4096);
        List<ShowHistory.Point> kept = HistoryReader.read(tmp, Instant.MIN, Instant.MAX).series()
                .get("distro-l1/l1_current");
        assertThat(kept.getLast().value()).isEqualTo(1999);
        assertThat(kept.getFirst().value()).isGreaterThan(1000);
    }

    @Test
    void filesThatAreNotHistoryAreSkippedAndSaidSo() throws IOException {
        Files.writeString(tmp.resolve("seg-0000000000001.rkh"), "hello, not a segment");
        writeMinutes(2);
        ShowHistory h = HistoryReader.read(tmp, Instant.MIN, Instant.MAX);
        assertThat(h.series().get("rack-intake/temperature")).hasSize(2);
        assertThat(h.problems()).singleElement().asString().contains("not a rackd history segment");
    }

    @Test
    void entriesNamedLikeSegmentsThatAreNoSegmentFileAreSkippedEachWithAPlainWord() throws Exception {
        writeMinutes(3);
        Path good = HistoryLog.segments(tmp).getFirst();
        Files.createDirectories(tmp.resolve("seg-0000000000001.rkh/copied"));
        Files.createSymbolicLink(tmp.resolve("seg-0000000000002.rkh"), good.getFileName());
        Files.createSymbolicLink(tmp.resolve("seg-0000000000003.rkh"), tmp.resolve("gone.rkh"));
        Files.createFile(tmp.resolve("seg-0000000000004.rkh"));
        Path pipe = tmp.resolve("seg-0000000000005.rkh");
        assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();

        ShowHistory h = HistoryReader.read(tmp, Instant.MIN, Instant.MAX);
        assertThat(h.series().get("rack-intake/temperature")).as("the link read nothing twice").hasSize(3);
        assertThat(h.problems()).containsExactly(
                "seg-0000000000001.rkh: a folder, not a history segment; skipped",
                "seg-0000000000002.rkh: a link to " + good.getFileName() + ", not a segment rackd wrote (copy the"
                        + " file in instead); skipped",
                "seg-0000000000003.rkh: a link to " + tmp.resolve("gone.rkh") + ", not a segment rackd wrote (copy"
                        + " the file in instead); skipped",
                "seg-0000000000004.rkh: empty (a power cut just as rackd began it leaves this); skipped",
                "seg-0000000000005.rkh: not a plain file (a device, a pipe or a socket); skipped");
    }

    @Test
    void aSegmentRackdMayNotReadIsSkippedSayingSo() throws IOException {
        Path first = twoRuns(3, 2);
        Files.setPosixFilePermissions(first, java.util.Set.of());
        // root reads whatever the permissions say: then only the words are checked
        Assumptions.assumeFalse(Files.isReadable(first), "running as root");
        ShowHistory h = HistoryReader.read(tmp, Instant.MIN, Instant.MAX);
        assertThat(h.series().get("rack-intake/temperature")).hasSize(2);
        assertThat(h.problems()).containsExactly(first.getFileName()
                + ": rackd may not read it (its owner or permissions); skipped");
    }

    @Test
    void aFileThatCannotBeReadIsSaidInTheSystemsWordsNeverTheExceptions() {
        assertThat(HistoryReader.unreadable(new java.nio.file.AccessDeniedException("/x/seg-1.rkh")))
                .isEqualTo("rackd may not read it (its owner or permissions)");
        assertThat(HistoryReader.unreadable(new java.nio.file.NoSuchFileException("/x/seg-1.rkh")))
                .startsWith("gone while the report was read");
        assertThat(HistoryReader.unreadable(new java.nio.file.FileSystemException("/x/seg-1.rkh", null,
                "Input/output error"))).isEqualTo("could not be read: Input/output error");
        assertThat(HistoryReader.unreadable(new IOException())).isEqualTo("could not be read: the system gave no"
                + " reason");
    }

    @Test
    void aStrayFolderNamedLikeTheOldestSegmentIsNeitherDeletedNorInTheWayOfRecording() throws IOException {
        Path stray = Files.createDirectories(tmp.resolve("seg-0000000000000.rkh"));
        Path empty = Files.createDirectories(tmp.resolve("seg-0000000000001.rkh"));
        Files.writeString(stray.resolve("notes.txt"), "the crew's");
        try (HistoryLog log = log(4096, 16384)) {
            for (int i = 0; i < 2000; i++) {
                log.samples(clock.instant(), Map.of("distro-l1/l1_current", new HistoryLog.Sample("A", i)));
                clock.advance(Duration.ofSeconds(30));
            }
        }
        assertThat(stray.resolve("notes.txt")).hasContent("the crew's");
        assertThat(empty).isDirectory();
        assertThat(HistoryReader.read(tmp, Instant.MIN, Instant.MAX).series().get("distro-l1/l1_current").getLast()
                .value()).isEqualTo(1999);
    }

    /** Outside bytes (a damaged card): decoding either gives records or says why, and always moves on. */
    @Property(tries = 500)
    void anyBytesDecodeToRecordsOrAReason(@ForAll byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            int guard = 0;
            for (HistoryRecord r = RecordCodec.decode(in); r != null; r = RecordCodec.decode(in)) {
                assertThat(++guard).isLessThanOrEqualTo(bytes.length);
            }
        } catch (IllegalStateException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 200)
    void anEventReadsBackAsWritten(@ForAll String kind, @ForAll String json, @ForAll long millis) {
        HistoryRecord.Event e = new HistoryRecord.Event(Instant.ofEpochMilli(millis), kind, json);
        assertThat(RecordCodec.decode(ByteBuffer.wrap(RecordCodec.encode(e)))).isEqualTo(e);
    }

    /** Two runs of rackd an hour apart; returns the first run's segment. */
    private Path twoRuns(int minutes, int laterMinutes) throws IOException {
        writeMinutes(minutes);
        clock.advance(Duration.ofHours(1));
        writeMinutes(laterMinutes);
        return HistoryLog.segments(tmp).getFirst();
    }

    private void writeMinutes(int minutes) throws IOException {
        try (HistoryLog log = log(1 << 20, 32 << 20)) {
            for (int i = 0; i < minutes; i++) {
                log.samples(clock.instant(), Map.of("rack-intake/temperature", new HistoryLog.Sample("°C", 20 + i)));
                clock.advance(Duration.ofMinutes(1));
            }
        }
    }

    private HistoryLog log(long segment, long total) throws IOException {
        return new HistoryLog(tmp, segment, total, clock, "{\"rack\":{}}");
    }
}
