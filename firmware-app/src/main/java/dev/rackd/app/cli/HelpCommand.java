package dev.rackd.app.cli;

import dev.rackd.config.NearestName;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.IHelpCommandInitializable2;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;

/**
 * {@code rackd help [COMMAND [SUBCOMMAND]]}. Picocli's own help command takes one level and quietly ignores the rest,
 * so {@code rackd help dsp stream} showed the help of {@code dsp}; this one follows the whole path.
 */
@Command(name = "help", helpCommand = true, description = "Shows the help of rackd or of a command: help dsp stream.")
final class HelpCommand implements IHelpCommandInitializable2, Runnable {
    @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "A command, and its subcommand.")
    private String[] path = {};

    private CommandLine self;
    private Help.ColorScheme colors;
    private PrintWriter out;

    @Override
    public void init(CommandLine helpCommandLine, Help.ColorScheme colorScheme, PrintWriter outWriter,
            PrintWriter errWriter) {
        this.self = helpCommandLine;
        this.colors = colorScheme;
        this.out = outWriter;
    }

    @Override
    public void run() {
        CommandLine target = self.getParent();
        for (String name : path) {
            CommandLine sub = target.getSubcommands().get(name);
            if (sub == null) {
                String of = target.getCommandName();
                throw new ParameterException(self, "'" + of + "' has no command '" + name + "'"
                        + NearestName.to(name, target.getSubcommands().keySet()).map(n -> "; did you mean '" + n + "'?")
                                .orElse("; its commands: " + String.join(", ", target.getSubcommands().keySet())));
            }
            target = sub;
        }
        target.usage(out, colors);
    }
}
