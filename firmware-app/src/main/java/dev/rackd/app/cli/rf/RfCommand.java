package dev.rackd.app.cli.rf;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code rackd rf}: wireless frequency work that needs no running service. Frequencies are in kHz. */
@Command(name = "rf", mixinStandardHelpOptions = true,
        description = "Coordinate and analyse wireless frequencies (all frequencies in kHz).",
        subcommands = {CoordinateCommand.class, AnalyzeCommand.class})
public final class RfCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "choose a subcommand: coordinate or analyze");
    }
}
