package dev.rackd.app.web;

import dev.rackd.config.AuthSettings.Role;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Logged-in dashboards, in memory (a restart logs everyone out). A session ends after
 * {@link #IDLE} without use or {@link #LIFETIME} after login, whichever comes first; at most
 * {@link #MAX} live at once, the least recently used going first.
 */
final class Sessions {
    static final Duration IDLE = Duration.ofHours(8);
    static final Duration LIFETIME = Duration.ofHours(24);
    static final int MAX = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** @param csrf sent back in a header with every action: a page from another site cannot read it */
    record Session(String token, String user, Role role, String csrf, Instant created, Instant lastUsed) {
        Session touched(Instant now) {
            return new Session(token, user, role, csrf, created, now);
        }
    }

    private final Clock clock;
    private final Map<String, Session> byToken = new ConcurrentHashMap<>();

    Sessions(Clock clock) {
        this.clock = clock;
    }

    synchronized Session create(String user, Role role) {
        Instant now = clock.instant();
        byToken.values().removeIf(s -> expired(s, now));
        while (byToken.size() >= MAX) {
            byToken.values().stream().min(Comparator.comparing(Session::lastUsed))
                    .ifPresent(oldest -> byToken.remove(oldest.token()));
        }
        Session s = new Session(random(), user, role, random(), now, now);
        byToken.put(s.token(), s);
        return s;
    }

    /** The live session for a cookie value; refreshes its idle time. */
    Optional<Session> find(String token) {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        Session s = byToken.get(token);
        Instant now = clock.instant();
        if (s == null) {
            return Optional.empty();
        }
        if (expired(s, now)) {
            byToken.remove(token);
            return Optional.empty();
        }
        Session touched = s.touched(now);
        byToken.replace(token, s, touched);
        return Optional.of(touched);
    }

    void end(String token) {
        if (token != null) {
            byToken.remove(token);
        }
    }

    private static boolean expired(Session s, Instant now) {
        return s.lastUsed().plus(IDLE).isBefore(now) || s.created().plus(LIFETIME).isBefore(now);
    }

    private static String random() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
