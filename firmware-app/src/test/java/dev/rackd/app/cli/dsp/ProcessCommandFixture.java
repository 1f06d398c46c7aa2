package dev.rackd.app.cli.dsp;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code rackd dsp process} run in the test's own JVM, its stdout and stderr kept, files in a fresh folder. */
abstract class ProcessCommandFixture {
    @TempDir
    Path dir;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        List<String> all = new ArrayList<>(List.of("process"));
        all.addAll(List.of(args));
        return new CommandLine(new DspCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(all.toArray(String[]::new));
    }
}
