package dev.rackd.app.cli;

import dev.rackd.config.ShowFile;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rackd validate FILE}: checks a show file without touching any hardware. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks a show file and prints a one-line summary of the rack.",
            "Every mistake is printed on its own line as FILE:LINE:COLUMN: path: what is wrong; what is allowed.",
            "Exit 0 when the file is good, 2 when it is not."})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the show file (YAML)")
    private Path file;

    @Override
    public Integer call() {
        Optional<ShowFile> show = ShowFiles.load(file, spec.commandLine().getErr());
        if (show.isEmpty()) {
            return CommandLine.ExitCode.USAGE;
        }
        spec.commandLine().getOut().println(file.getFileName() + ": " + ShowSummary.of(show.get()));
        return CommandLine.ExitCode.OK;
    }
}
