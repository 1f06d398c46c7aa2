package dev.rackd.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * {@code %journal}: when stderr goes to journald, a {@code <N>} syslog priority that journald strips and
 * stores, so {@code journalctl -p warning -u rackd} works, and no second time stamp; in a terminal, the
 * local time instead. systemd names the journal's stream in $JOURNAL_STREAM ("device:inode"); a command
 * started from a service inherits the variable with its stderr pointed elsewhere, so the stream is checked.
 */
public final class JournalPrefix extends ClassicConverter {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS ");
    private boolean journal;
    private ZoneId zone;

    @Override
    public void start() {
        journal = Boolean.getBoolean("rackd.log.journal")
                || isStream(System.getenv("JOURNAL_STREAM"), Path.of("/proc/self/fd/2"));
        zone = ZoneId.systemDefault();
        super.start();
    }

    @Override
    public String convert(ILoggingEvent event) {
        return journal ? priority(event.getLevel()) : TIME.format(Instant.ofEpochMilli(event.getTimeStamp()).atZone(zone));
    }

    /** True when {@code file} is the stream "device:inode" names. */
    static boolean isStream(String deviceInode, Path file) {
        if (deviceInode == null) {
            return false;
        }
        String[] parts = deviceInode.split(":");
        try {
            return parts.length == 2
                    && Long.parseLong(parts[0]) == ((Number) Files.getAttribute(file, "unix:dev")).longValue()
                    && Long.parseLong(parts[1]) == ((Number) Files.getAttribute(file, "unix:ino")).longValue();
        } catch (NumberFormatException | IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** sd-daemon(3) prefixes: 3 err, 4 warning, 6 info, 7 debug. */
    static String priority(Level level) {
        return switch (level.toInt()) {
            case Level.ERROR_INT -> "<3>";
            case Level.WARN_INT -> "<4>";
            case Level.INFO_INT -> "<6>";
            default -> "<7>";
        };
    }
}
