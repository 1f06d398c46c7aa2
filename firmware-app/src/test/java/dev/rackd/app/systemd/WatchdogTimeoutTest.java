package dev.rackd.app.systemd;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WatchdogTimeoutTest {
    @Test
    void readsWatchdogSecFromMicroseconds() {
        assertThat(WatchdogTimeout.fromEnvironment(Map.of("WATCHDOG_USEC", "20000000", "WATCHDOG_PID", "42"), 42))
                .contains(Duration.ofSeconds(20));
        assertThat(WatchdogTimeout.fromEnvironment(Map.of("WATCHDOG_USEC", "20000000"), 42))
                .contains(Duration.ofSeconds(20));
        assertThat(WatchdogTimeout.tickInterval(Duration.ofSeconds(20))).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void noWatchdogWhenAbsentMeantForAnotherProcessOrNonsense() {
        assertThat(WatchdogTimeout.fromEnvironment(Map.of(), 42)).isEmpty();
        assertThat(WatchdogTimeout.fromEnvironment(Map.of("WATCHDOG_USEC", "20000000", "WATCHDOG_PID", "7"), 42))
                .isEmpty();
        assertThat(WatchdogTimeout.fromEnvironment(Map.of("WATCHDOG_USEC", "twenty"), 42)).isEmpty();
        assertThat(WatchdogTimeout.fromEnvironment(Map.of("WATCHDOG_USEC", "0"), 42)).isEmpty();
        assertThat(WatchdogTimeout.fromEnvironment(Map.of("WATCHDOG_USEC", "-5"), 42)).isEmpty();
    }
}
