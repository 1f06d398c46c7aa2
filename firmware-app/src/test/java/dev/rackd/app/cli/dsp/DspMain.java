package dev.rackd.app.cli.dsp;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** Runs {@code rackd dsp} alone in a child JVM, as the root command would. */
public final class DspMain {
    private DspMain() {
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new DspCommand()).execute(args));
    }

    /** The command line of a child JVM running {@code rackd dsp} with these arguments. */
    static List<String> command(String... args) {
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), DspMain.class.getName()));
        cmd.addAll(List.of(args));
        return cmd;
    }
}
