package dev.rackd.app.cli;

import dev.rackd.app.cli.dsp.DspCommand;
import dev.rackd.app.cli.rf.RfCommand;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code rackd}: the root command. Its subcommands are listed in one place, below. */
@Command(name = "rackd", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Watches and controls a touring stage-audio rack: power, heat, amplifiers, wireless, audio;"
                + " tells the crew over MQTT.",
        subcommands = {
            // add new subcommands here; each is a picocli @Command class with mixinStandardHelpOptions
            RunCommand.class,
            ValidateCommand.class,
            DspCommand.class,
            RfCommand.class,
            ReportCommand.class,
            PasswdCommand.class,
            HelpCommand.class,
        })
public final class RackdCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    /** The command line as {@code rackd} runs it: exit codes 0 ok, 1 cannot run here, 2 bad input. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new RackdCommand()).setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(new ShortUsageError());
        versionEverywhere(cli, cli.getCommandSpec().versionProvider());
        return cli;
    }

    /** {@code rackd rf coordinate -V} answers as {@code rackd -V} does, not with nothing. */
    private static void versionEverywhere(CommandLine cli, CommandLine.IVersionProvider provider) {
        for (CommandLine sub : cli.getSubcommands().values()) {
            sub.getCommandSpec().versionProvider(provider);
            versionEverywhere(sub, provider);
        }
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CommandLine.ExitCode.USAGE;
    }
}
