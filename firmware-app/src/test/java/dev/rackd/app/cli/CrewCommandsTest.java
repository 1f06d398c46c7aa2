package dev.rackd.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rackd.app.report.TestHistory;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rackd passwd}, {@code rackd report} and the dashboard options of {@code rackd run}, as typed. */
class CrewCommandsTest {
    private static final String TOURING = "../rack-config/examples/touring-rack.yaml";
    private final Cli cli = new Cli();

    @TempDir
    Path tmp;

    private int rackd(String... args) {
        return cli.run(args);
    }

    @Test
    void passwdWritesAMosquittoStyleLineAndWarnsOfAUserWithoutARole() throws Exception {
        Path show = Files.copy(Path.of(TOURING), tmp.resolve("show.yaml"));
        assertThat(withStdin("Load-in 14:00\n", () -> rackd("passwd", "stage-tech", "--config", show.toString(),
                "--stdin"))).isZero();
        assertThat(cli.out()).contains("added stage-tech in " + tmp.resolve("web-passwords"));
        assertThat(Files.readString(tmp.resolve("web-passwords"))).startsWith("stage-tech:$7$210000$");

        assertThat(withStdin("long enough\n", () -> rackd("passwd", "roadie", "--config", show.toString(),
                "--stdin"))).isZero();
        assertThat(cli.err()).contains("'roadie' has no role");
    }

    @Test
    void passwdRefusesAShortPasswordAndABadNameAndChangesNothing() throws Exception {
        Path file = tmp.resolve("pw");
        assertThat(withStdin("short\n", () -> rackd("passwd", "cara", "--file", file.toString(), "--stdin")))
                .isEqualTo(2);
        assertThat(rackd("passwd", "ca:ra", "--file", file.toString(), "--stdin")).isEqualTo(2);
        assertThat(rackd("passwd", "cara")).isEqualTo(2);
        assertThat(cli.err()).contains("at least 8 characters").contains("no ':'").contains("--file FILE");
        assertThat(file).doesNotExist();
    }

    @Test
    void passwdNeverWritesIntoTheShowFileOrAnythingElseThatIsNotAPasswordFile() throws Exception {
        Path show = Files.copy(Path.of(TOURING), tmp.resolve("show.yaml"));
        byte[] before = Files.readAllBytes(show);
        assertThat(withStdin("Load-in 14:00\n", () -> rackd("passwd", "cara", "--file", show.toString(),
                "--stdin"))).isEqualTo(2);
        assertThat(cli.err()).contains("show.yaml:5 is not a user:$7$... line; not a password file")
                .contains("it goes with --config").contains("nothing changed").doesNotContain("Exception");
        assertThat(Files.readAllBytes(show)).isEqualTo(before);

        Path latin1 = Files.write(tmp.resolve("latin1"), new byte[] {'c', 'a', (byte) 0xE9, '\n'});
        assertThat(withStdin("Load-in 14:00\n", () -> rackd("passwd", "cara", "--file", latin1.toString(),
                "--stdin"))).isEqualTo(2);
        assertThat(cli.err()).contains("is not UTF-8 text").doesNotContain("Exception");

        assertThat(withStdin("Load-in 14:00\n", () -> rackd("passwd", "cara", "--file", tmp.toString(),
                "--stdin"))).isEqualTo(2);
        assertThat(cli.err()).contains("is a folder").doesNotContain("Exception");

        Path nowhere = tmp.resolve("no/such/folder/pw");
        assertThat(withStdin("Load-in 14:00\n", () -> rackd("passwd", "cara", "--file", nowhere.toString(),
                "--stdin"))).isEqualTo(2);
        assertThat(cli.err()).contains("does not exist").doesNotContain("Exception");
        assertThat(tmp.resolve("no")).doesNotExist();
    }

    @Test
    void passwdKeepsOtherUsersAndCommentsOfAMosquittoFile() throws Exception {
        Path file = Files.writeString(tmp.resolve("pw"), "# crew\nfoh:$6$c2FsdA==$aGFzaA==\n\n");
        assertThat(withStdin("Load-in 14:00\n", () -> rackd("passwd", "cara", "--file", file.toString(),
                "--stdin"))).isZero();
        assertThat(Files.readAllLines(file)).startsWith("# crew", "foh:$6$c2FsdA==$aGFzaA==", "")
                .last().asString().startsWith("cara:$7$");
    }

    @Test
    void reportSaysWhereTheHistoryShouldBeWhenThereIsNone() {
        assertThat(rackd("report", "--state-dir", tmp.toString(), "--out", tmp.resolve("r.html").toString()))
                .isEqualTo(2);
        assertThat(cli.err()).contains("no show history in " + tmp.resolve("history"));
        assertThat(rackd("report", "--state-dir", tmp.toString(), "--out", "r.html", "--zone", "Mars/Olympus"))
                .isEqualTo(2);
        assertThat(cli.err()).contains("'Mars/Olympus' is not a time zone");
    }

    @Test
    void aDamagedHistoryIsSaidToBeDamagedNotMissing() throws Exception {
        Path history = Files.createDirectories(tmp.resolve("history"));
        Files.write(history.resolve("seg-00000001.rkh"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        assertThat(rackd("report", "--state-dir", tmp.toString(), "--out", tmp.resolve("r.html").toString()))
                .isEqualTo(2);
        assertThat(cli.err()).contains("the show history in " + history + " holds nothing readable:"
                + " seg-00000001.rkh: not a rackd history segment; skipped; no report written");
        assertThat(tmp.resolve("r.html")).doesNotExist();
    }

    @Test
    void aStrayFolderNamedLikeASegmentCostsAWarningNotTheNightsReport() throws Exception {
        Path history = TestHistory.record(tmp, Instant.parse("2026-11-21T19:00:00Z"), 30);
        Files.createDirectories(history.resolve("seg-0000000000001.rkh"));
        Files.createFile(history.resolve("seg-0000000000002.rkh"));
        assertThat(rackd("report", "--state-dir", tmp.toString(), "--out", tmp.resolve("r.html").toString()))
                .isZero();
        assertThat(cli.err()).isEqualTo("rackd: warning: history seg-0000000000001.rkh: a folder, not a history"
                + " segment; skipped\nrackd: warning: history seg-0000000000002.rkh: empty (a power cut just as rackd"
                + " began it leaves this); skipped\n");
        assertThat(cli.out()).contains("1 metrics, 0 alert events")
                .contains("2 history entries skipped or cut short (listed in the report)");
        assertThat(Files.readString(tmp.resolve("r.html"))).contains("a folder, not a history segment");
    }

    @Test
    void aHistoryFolderRackdMayNotListIsSaidSoInOneLine() throws Exception {
        Path history = TestHistory.record(tmp, Instant.parse("2026-11-21T19:00:00Z"), 3);
        Files.setPosixFilePermissions(history, java.util.Set.of());
        try {
            Assumptions.assumeFalse(Files.isReadable(history), "running as root");
            assertThat(rackd("report", "--state-dir", tmp.toString(), "--out", tmp.resolve("r.html").toString()))
                    .isEqualTo(2);
            assertThat(cli.err()).isEqualTo("rackd: the show history in " + history + " cannot be read: rackd may"
                    + " not list it (its owner or permissions); no report written\n");
        } finally {
            Files.setPosixFilePermissions(history, java.nio.file.attribute.PosixFilePermissions.fromString(
                    "rwx------"));
        }
    }

    @Test
    void runRefusesAnImpossibleDashboardPortBeforeStartingAnything() {
        assertThat(rackd("run", "--config", TOURING, "--http-port", "70000")).isEqualTo(2);
        assertThat(cli.err()).contains("--http-port 70000; allowed: 1 to 65535, or 0 for no dashboard");
    }

    @Test
    void helpNamesTheNewCommands() {
        rackd("--help");
        assertThat(cli.out() + cli.err()).contains("report").contains("passwd");
    }

    private static int withStdin(String text, java.util.concurrent.Callable<Integer> body) throws Exception {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        try {
            return body.call();
        } finally {
            System.setIn(saved);
        }
    }
}
