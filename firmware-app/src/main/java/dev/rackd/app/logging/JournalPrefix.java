package dev.rackd.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * {@code %journal}: under journald (systemd sets $JOURNAL_STREAM) a {@code <N>} syslog priority that
 * journald strips and stores, so {@code journalctl -p warning -u rackd} works and there is no second
 * timestamp; in a terminal, the local time instead.
 */
public final class JournalPrefix extends ClassicConverter {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS ");
    private boolean journal;
    private ZoneId zone;

    @Override
    public void start() {
        journal = System.getenv("JOURNAL_STREAM") != null || Boolean.getBoolean("rackd.log.journal");
        zone = ZoneId.systemDefault();
        super.start();
    }

    @Override
    public String convert(ILoggingEvent event) {
        return journal ? priority(event.getLevel()) : TIME.format(Instant.ofEpochMilli(event.getTimeStamp()).atZone(zone));
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
