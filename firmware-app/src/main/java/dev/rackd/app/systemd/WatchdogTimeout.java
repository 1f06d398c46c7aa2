package dev.rackd.app.systemd;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Reads systemd's watchdog settings ({@code WatchdogSec=} arrives as $WATCHDOG_USEC) from the environment. */
public final class WatchdogTimeout {
    private WatchdogTimeout() {}

    /**
     * The watchdog timeout, or empty when systemd runs none for this process: variables absent, not a
     * positive number, or $WATCHDOG_PID naming another process (the variables leaked to a child).
     */
    public static Optional<Duration> fromEnvironment(Map<String, String> env, long ownPid) {
        String usec = env.get("WATCHDOG_USEC");
        if (usec == null) {
            return Optional.empty();
        }
        String pid = env.get("WATCHDOG_PID");
        try {
            if (pid != null && Long.parseLong(pid.trim()) != ownPid) {
                return Optional.empty();
            }
            long micros = Long.parseLong(usec.trim());
            return micros > 0 ? Optional.of(Duration.ofNanos(micros * 1000)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** How often to tick: half the timeout, as sd_watchdog_enabled(3) advises, so one late tick is survivable. */
    public static Duration tickInterval(Duration timeout) {
        return timeout.dividedBy(2);
    }
}
