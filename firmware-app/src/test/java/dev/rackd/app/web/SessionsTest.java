package dev.rackd.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rackd.app.fixtures.MutableClock;
import dev.rackd.config.AuthSettings.Role;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionsTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T14:00:00Z"));

    @Test
    void aSessionLastsWhileUsedButNotPastItsLifetime() {
        Sessions sessions = new Sessions(clock);
        Sessions.Session s = sessions.create("cara", Role.CREW);
        for (int h = 0; h < 23; h++) {
            clock.advance(Duration.ofHours(1));
            assertThat(sessions.find(s.token())).as("after %d h", h + 1).isPresent();
        }
        clock.advance(Duration.ofHours(1).plusSeconds(1));
        assertThat(sessions.find(s.token())).isEmpty();
    }

    @Test
    void anIdleSessionEnds() {
        Sessions sessions = new Sessions(clock);
        Sessions.Session s = sessions.create("cara", Role.CREW);
        clock.advance(Sessions.IDLE.plusSeconds(1));
        assertThat(sessions.find(s.token())).isEmpty();
    }

    @Test
    void tokensAreUnguessableAndTheOldestGoFirstWhenFull() {
        Sessions sessions = new Sessions(clock);
        Sessions.Session first = sessions.create("a", Role.VIEWER);
        assertThat(first.token()).hasSize(43).isNotEqualTo(first.csrf());
        for (int i = 0; i < Sessions.MAX; i++) {
            clock.advance(Duration.ofSeconds(1));
            sessions.create("u" + i, Role.VIEWER);
        }
        assertThat(sessions.find(first.token())).isEmpty();
        assertThat(sessions.find(null)).isEmpty();
        assertThat(sessions.find("")).isEmpty();
    }

    @Test
    void fiveFailuresMakeAnAddressWaitUntilTheOldestLeavesTheWindow() {
        LoginThrottle t = new LoginThrottle(clock);
        for (int i = 0; i < LoginThrottle.FAILURES; i++) {
            assertThat(t.waitFor("10.0.0.9")).isZero();
            t.failed("10.0.0.9");
            clock.advance(Duration.ofSeconds(10));
        }
        assertThat(t.waitFor("10.0.0.9")).isEqualTo(LoginThrottle.WINDOW.minusSeconds(50));
        assertThat(t.waitFor("10.0.0.10")).isZero();
        clock.advance(LoginThrottle.WINDOW.minusSeconds(49));
        assertThat(t.waitFor("10.0.0.9")).isZero();
    }
}
