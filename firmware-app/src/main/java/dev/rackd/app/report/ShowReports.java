package dev.rackd.app.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@code rackd report}: reads a state directory's show history and writes the HTML report. */
public final class ShowReports {
    /** Without {@code --from}: this long before the end (a show day). */
    public static final Duration DEFAULT_SPAN = Duration.ofHours(12);

    /** A mistake of the user's, said in one line. */
    public static final class ReportException extends Exception {
        public ReportException(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * @param alerts   alert events in the report's window
     * @param problems what of the history was skipped or cut short, one line each (the report lists them too)
     */
    public record Written(Instant from, Instant to, int series, int alerts, List<String> problems) {}

    private ShowReports() {}

    public static Written write(Path stateDir, Optional<String> from, Optional<String> to, ZoneId zone, Path out,
            String version) throws ReportException, IOException {
        Path dir = stateDir.resolve(ShowRecorder.FOLDER);
        checkOut(out, dir);
        ShowHistory survey;
        try {
            survey = HistoryReader.survey(dir);
        } catch (IOException e) {
            throw unlisted(dir, e);
        }
        if (survey.first().isEmpty()) {
            if (!survey.problems().isEmpty()) { // there is a history, and it is not to be taken for none
                throw new ReportException("the show history in " + dir + " holds nothing readable: "
                        + String.join("; ", survey.problems()) + "; no report written");
            }
            throw new ReportException("no show history in " + dir + "; rackd keeps it there while it runs"
                    + " (rackd run --state-dir " + stateDir + ")");
        }
        Instant first = survey.first().get();
        Instant last = survey.last().orElseThrow();
        Instant end = to.isPresent() ? time(to.get(), zone, "--to") : last;
        Instant start = from.isPresent() ? time(from.get(), zone, "--from") : latest(first, end.minus(DEFAULT_SPAN));
        if (!start.isBefore(end)) {
            throw new ReportException("--from (" + start + ") must be before --to (" + end + ")");
        }
        ShowHistory h;
        try {
            h = HistoryReader.read(dir, start, end);
        } catch (IOException e) {
            throw unlisted(dir, e);
        }
        if (h.isEmpty()) {
            // a wrong day (a show past midnight, UTC for local) would give a clean-looking report of nothing
            DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
            throw new ReportException("the history holds nothing from " + f.format(start) + " to " + f.format(end)
                    + "; it covers " + f.format(first) + " to " + f.format(last) + " (" + zone
                    + "); no report written");
        }
        String html = ReportWriter.html(h, zone, Instant.now(), version);
        Path tmp = out.toAbsolutePath().getParent().resolve(out.getFileName() + ".tmp");
        Files.writeString(tmp, html, StandardCharsets.UTF_8);
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        int alerts = (int) h.events().stream().filter(e -> e.kind().equals("alert")).count();
        return new Written(start, end, h.series().size(), alerts, h.problems());
    }

    /** A history folder that cannot be listed is said as such, not as a report that could not be written. */
    private static ReportException unlisted(Path dir, IOException e) {
        String why = e instanceof AccessDeniedException ? "rackd may not list it (its owner or permissions)"
                : HistoryReader.reason(e);
        return new ReportException("the show history in " + dir + " cannot be read: " + why + "; no report written");
    }

    /**
     * Where the report may go: a file in an existing folder, not the show history it is made from, and not over a
     * file that is not a report (a show file, a recording) — said before any work is done.
     */
    private static void checkOut(Path out, Path history) throws ReportException {
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (Files.isDirectory(target)) {
            throw new ReportException("--out " + out + " is a folder; name the report, e.g. " + out.resolve(
                    "show-report.html"));
        }
        if (parent == null || !Files.isDirectory(parent)) {
            throw new ReportException("--out " + out + ": the folder " + parent + " does not exist");
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            // the report is written beside it and renamed over it: a device or a pipe would be replaced by a file
            throw new ReportException("--out " + out + " is a device or a pipe, not a file; it is left alone."
                    + " Name the report *.html");
        }
        if (target.startsWith(history.toAbsolutePath().normalize())) {
            throw new ReportException("--out " + out + " is inside the show history " + history + "; write the"
                    + " report elsewhere");
        }
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        if (Files.exists(target) && !name.endsWith(".html") && !name.endsWith(".htm")) {
            throw new ReportException("--out " + out + " exists and is not an HTML report; it is left alone."
                    + " Name the report *.html");
        }
    }

    /** {@code 2026-11-21T20:00:00Z}, {@code 2026-11-21T21:00+01:00}, {@code 2026-11-21T20:00} or {@code 2026-11-21} (local). */
    static Instant time(String text, ZoneId zone, String option) throws ReportException {
        String t = text.strip().replace(' ', 'T');
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            // not with an offset: try the local forms
        }
        try {
            return LocalDateTime.parse(t).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            // not a local date-time either
        }
        try {
            return LocalDate.parse(t).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new ReportException(option + " '" + text + "' is not a time; use 2026-11-21T20:00 (local),"
                    + " 2026-11-21T19:00:00Z or 2026-11-21");
        }
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
