package dev.rackd.app;

import dev.rackd.app.cli.RackdCommand;

/** {@code rackd}: the command line entry point. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        Logging.setUp();
        int code = RackdCommand.commandLine().execute(args);
        System.exit(code);
    }
}
