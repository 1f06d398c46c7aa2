package dev.rackd.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    void reportSaysWhereTheHistoryShouldBeWhenThereIsNone() {
        assertThat(rackd("report", "--state-dir", tmp.toString(), "--out", tmp.resolve("r.html").toString()))
                .isEqualTo(2);
        assertThat(cli.err()).contains("no show history in " + tmp.resolve("history"));
        assertThat(rackd("report", "--state-dir", tmp.toString(), "--out", "r.html", "--zone", "Mars/Olympus"))
                .isEqualTo(2);
        assertThat(cli.err()).contains("'Mars/Olympus' is not a time zone");
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
