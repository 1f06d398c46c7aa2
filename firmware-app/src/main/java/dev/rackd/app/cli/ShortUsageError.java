package dev.rackd.app.cli;

import dev.rackd.config.NearestName;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A wrong argument gets its one-line reason, a "did you mean" for a misspelt option, and where the help is: not
 * the whole usage page, which on a phone's terminal scrolls the reason out of sight.
 */
final class ShortUsageError implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException e, String[] args) {
        ParameterException reported = e instanceof MissingParameterException ? misspeltInstead(e, args) : e;
        CommandLine cmd = reported.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(cmd.getColorScheme().errorText(reported.getMessage()));
        if (!UnmatchedArgumentException.printSuggestions(reported, err)) {
            nearestOption(reported).ifPresent(name -> err.println("Possible solutions: " + name));
        }
        err.println("See '" + cmd.getCommandSpec().qualifiedName() + " --help'.");
        err.flush();
        return cmd.getExitCodeExceptionMapper() != null ? cmd.getExitCodeExceptionMapper().getExitCode(e)
                : cmd.getCommandSpec().exitCodeOnInvalidInput();
    }

    /**
     * picocli suggests only options that share the first two letters of the unknown one ({@code --simulated}: yes,
     * {@code --rnage}: no); a spelling distance finds the transposed and dropped letters too.
     */
    private static Optional<String> nearestOption(ParameterException e) {
        if (!(e instanceof UnmatchedArgumentException unmatched) || unmatched.getUnmatched().isEmpty()) {
            return Optional.empty();
        }
        String given = unmatched.getUnmatched().get(0);
        if (!given.startsWith("--")) {
            return Optional.empty();
        }
        List<String> names = e.getCommandLine().getCommandSpec().options().stream()
                .map(option -> option.longestName()).filter(name -> name.startsWith("--"))
                .map(name -> name.substring(2)).toList();
        return NearestName.to(given.substring(2), names).map(name -> "--" + name);
    }

    /**
     * picocli reports a missing required option before an unknown one, so {@code --rnage 470000-608000} would read
     * as "Missing required option: '--range'" with no hint of the typo. The unknown option is the cause: name it.
     */
    private static ParameterException misspeltInstead(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        CommandSpec spec = cmd.getCommandSpec();
        for (String arg : args) {
            if (!arg.startsWith("--") || arg.equals("--")) {
                continue; // short options and negative numbers are left to picocli
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg : arg.substring(0, equals);
            if (spec.findOption(name) == null) {
                return new UnmatchedArgumentException(cmd, List.of(name));
            }
        }
        return e;
    }
}
