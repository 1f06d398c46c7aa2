package dev.rackd.app.cli;

import dev.rackd.app.web.Passwords;
import dev.rackd.config.ShowFile;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rackd passwd USER}: sets a dashboard login's password in the password file. */
@Command(name = "passwd", mixinStandardHelpOptions = true,
        description = {"Sets the dashboard password of USER (asked twice, not shown) in a Mosquitto-format password"
                + " file (PBKDF2-SHA512): the same file can serve the broker.",
            "The user's role (viewer, crew, admin) comes from the show file's auth users."})
public final class PasswdCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "USER", description = "the login, as named in the show file's auth users")
    private String user;

    @Option(names = "--config", paramLabel = "FILE", description = "the show file: checks USER has a role, and the"
            + " password file defaults to web-passwords beside it")
    private Path config;

    @Option(names = "--file", paramLabel = "FILE", description = "the password file (default: web-passwords beside"
            + " the show file)")
    private Path file;

    @Option(names = "--stdin", description = "read the password from the first line of standard input (scripts)")
    private boolean stdin;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!Passwords.validUser(user)) {
            err.println("rackd: user names have 1 to 64 characters, no ':' and no spaces");
            return CommandLine.ExitCode.USAGE;
        }
        if (file == null && config == null) {
            err.println("rackd: say where the password file is: --file FILE, or --config SHOW-FILE to use"
                    + " web-passwords beside it");
            return CommandLine.ExitCode.USAGE;
        }
        if (config != null) {
            Optional<ShowFile> show = ShowFiles.load(config, err);
            if (show.isEmpty()) {
                return CommandLine.ExitCode.USAGE;
            }
            if (!show.get().auth().users().containsKey(user)) {
                err.println("rackd: note: '" + user + "' has no role in " + config + " (auth users); the password"
                        + " is set, but the dashboard refuses the login until the show file gives them one");
            }
        }
        Path target = file != null ? file : Passwords.defaultFile(config);
        char[] password = stdin ? fromStdin() : fromConsole(err);
        if (password == null) {
            return CommandLine.ExitCode.USAGE;
        }
        try {
            boolean added = Passwords.set(target, user, password);
            spec.commandLine().getOut().println((added ? "added " : "changed ") + user + " in " + target);
            return CommandLine.ExitCode.OK;
        } catch (Passwords.NotAPasswordFile e) {
            err.println("rackd: " + e.getMessage());
            return CommandLine.ExitCode.USAGE;
        } catch (IOException e) {
            err.println("rackd: cannot write " + target + ": " + e.getMessage() + "; nothing changed");
            return CommandLine.ExitCode.SOFTWARE;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private char[] fromConsole(PrintWriter err) {
        Console console = System.console();
        if (console == null) {
            err.println("rackd: no terminal to ask for the password; use --stdin");
            return null;
        }
        char[] first = console.readPassword("Password for %s: ", user);
        char[] again = console.readPassword("Again: ");
        if (first == null || again == null || !Arrays.equals(first, again)) {
            err.println("rackd: the two passwords differ; nothing changed");
            return null;
        }
        Arrays.fill(again, '\0');
        return checked(first, err);
    }

    private char[] fromStdin() throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line = in.readLine();
        return checked(line == null ? new char[0] : line.toCharArray(), spec.commandLine().getErr());
    }

    private static char[] checked(char[] password, PrintWriter err) {
        if (password.length < 8) {
            err.println("rackd: use at least 8 characters; nothing changed");
            return null;
        }
        return password;
    }
}
