package dev.rackd.app.cli.dsp;

import picocli.CommandLine;

/** Runs {@code rackd dsp} alone in a child JVM, as the root command would. */
public final class DspMain {
    private DspMain() {
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new DspCommand()).execute(args));
    }
}
