package dev.rackd.app.cli;

import dev.rackd.app.report.ShowReports;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rackd report}: the show report from a state directory's history, as one HTML file. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes a self-contained HTML report of a show (power and temperature plots, the alerts"
                + " timeline, devices lost, wireless events, notches placed) from the history rackd keeps in its"
                + " state directory.",
            "Without --from: the 12 hours before --to; without --to: up to the history's last record."})
public final class ReportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--state-dir", required = true, paramLabel = "DIR", description = "rackd's state directory")
    private Path stateDir;

    @Option(names = "--from", paramLabel = "TIME", description = "start: 2026-11-21T18:00 (local time),"
            + " 2026-11-21T17:00:00Z or 2026-11-21")
    private String from;

    @Option(names = "--to", paramLabel = "TIME", description = "end, in the same forms (default: the history's last record)")
    private String to;

    @Option(names = "--zone", paramLabel = "ZONE", description = "time zone for the report's clock times and for"
            + " local --from/--to (default: this machine's, ${DEFAULT-VALUE})")
    private String zone = ZoneId.systemDefault().getId(); // user.timezone is still empty when picocli reads it

    @Option(names = "--out", required = true, paramLabel = "FILE.html", description = "where to write the report")
    private Path out;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ZoneId z;
        try {
            z = zone == null || zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone);
        } catch (DateTimeException e) {
            err.println("rackd: --zone '" + zone + "' is not a time zone; use e.g. Europe/Berlin or UTC");
            return CommandLine.ExitCode.USAGE;
        }
        try {
            ShowReports.Written w = ShowReports.write(stateDir, Optional.ofNullable(from), Optional.ofNullable(to), z,
                    out, new VersionProvider().getVersion()[0].replaceFirst("^rackd ", ""));
            // what was skipped is said, not only in the report: a stray entry costs a warning, never the report
            w.problems().forEach(p -> err.println("rackd: warning: history " + p));
            int n = w.problems().size();
            spec.commandLine().getOut().println("report written to " + out + ": " + w.from() + " to " + w.to() + ", "
                    + w.series() + " metrics, " + w.alerts() + " alert events"
                    + (n > 0 ? ", " + n + (n == 1 ? " history entry" : " history entries")
                            + " skipped or cut short (listed in the report)" : ""));
            return CommandLine.ExitCode.OK;
        } catch (ShowReports.ReportException e) {
            err.println("rackd: " + e.getMessage());
            return CommandLine.ExitCode.USAGE;
        } catch (IOException e) {
            String why = e instanceof AccessDeniedException ? "rackd may not write there (permissions)"
                    : e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
            err.println("rackd: cannot write the report to " + out + ": " + why);
            return CommandLine.ExitCode.SOFTWARE;
        }
    }
}
