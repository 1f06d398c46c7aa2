package dev.rackd.app.cli.dsp;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code rackd dsp}: the audio chain (howl detection, notches, true-peak limiter) on files and pipes, for offline
 * work and external test benches. Exit codes: 0 done, 1 failed while running, 2 bad input.
 */
@Command(name = "dsp", mixinStandardHelpOptions = true,
        description = "Runs rackd's audio chain (howl detector, notches, true-peak limiter) on a WAV file or on raw"
                + " float blocks through stdin and stdout.",
        subcommands = {ProcessCommand.class, StreamCommand.class})
public final class DspCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CommandLine.ExitCode.USAGE;
    }
}
