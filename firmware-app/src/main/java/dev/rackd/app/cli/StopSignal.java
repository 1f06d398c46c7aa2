package dev.rackd.app.cli;

import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;

/**
 * Ends the process after a clean stop. The JVM reports 143 after SIGTERM (130 after SIGINT) even when
 * every shutdown hook finished its work; systemd and scripts read that as a failure. A clean stop is a
 * success, so the stop hook halts with 0 once the rack is closed and the log is flushed.
 */
final class StopSignal {
    private StopSignal() {}

    static void exitNow() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            logback.stop(); // flushes
        }
        Runtime.getRuntime().halt(0);
    }
}
