package dev.rackd.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rackd.app.command.ErrorCode;
import dev.rackd.app.command.Json;
import dev.rackd.config.AuthSettings;
import dev.rackd.config.AuthSettings.Role;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/login}, {@code POST /api/logout}, {@code GET /api/session}. A login needs a password in
 * the password file and a role for that user in the show file's {@code auth.users}. Password hashing runs
 * one at a time: a flood of logins must not take the Pi's CPU from the audio thread.
 */
final class LoginRoutes {
    private static final Logger log = LoggerFactory.getLogger(LoginRoutes.class);
    /** Compared against when the user is unknown, so that a wrong name takes as long as a wrong password. */
    private static final PasswordHash DECOY = PasswordHash.create("decoy".toCharArray(), PasswordHash.ITERATIONS);

    private final Optional<PasswordFile> passwords;
    private final AuthSettings auth;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final RequestGuard guard;
    private final Semaphore hashing = new Semaphore(1);

    LoginRoutes(Optional<PasswordFile> passwords, AuthSettings auth, Sessions sessions, LoginThrottle throttle,
            RequestGuard guard) {
        this.passwords = passwords;
        this.auth = auth;
        this.sessions = sessions;
        this.throttle = throttle;
        this.guard = guard;
    }

    void register(RoutesConfig routes) {
        routes.post("/api/login", this::login);
        routes.post("/api/logout", this::logout);
        routes.get("/api/session", this::session);
    }

    /** A password file that is there (it may appear while rackd runs) and users with roles in the show file. */
    boolean loginsPossible() {
        return passwords.isPresent() && !auth.users().isEmpty() && Files.exists(passwords.get().path());
    }

    private void session(Context ctx) {
        ObjectNode out = guard.session(ctx).map(LoginRoutes::describe).orElseGet(() -> {
            ObjectNode n = HttpJson.object();
            n.putNull("user");
            return n;
        });
        out.put("logins", loginsPossible());
        HttpJson.send(ctx, 200, out);
    }

    private void login(Context ctx) throws InterruptedException {
        String foreign = RequestGuard.foreignOrigin(ctx);
        if (foreign != null) {
            HttpJson.error(ctx, 403, ErrorCode.REFUSED, foreign);
            return;
        }
        if (!loginsPossible()) {
            HttpJson.error(ctx, 403, ErrorCode.REFUSED, "logins are off: " + (auth.users().isEmpty()
                    ? "the show file names no users" : "no password file" + passwords.map(p -> " at " + p.path())
                            .orElse("")) + " (see 'rackd passwd --help')");
            return;
        }
        Duration wait = throttle.waitFor(ctx.ip());
        if (!wait.isZero()) {
            ctx.header("Retry-After", Long.toString(Math.max(1, wait.toSeconds())));
            HttpJson.error(ctx, 429, ErrorCode.BUSY, "too many failed logins from here; try again in "
                    + Math.max(1, wait.toSeconds()) + " s");
            return;
        }
        JsonNode body;
        try {
            body = Json.STRICT.readTree(ctx.bodyAsBytes());
        } catch (java.io.IOException e) {
            body = null;
        }
        String user = body == null ? "" : body.path("user").asText("");
        String password = body == null ? "" : body.path("password").asText("");
        if (user.isEmpty() || password.isEmpty() || user.length() > 64 || password.length() > 1024) {
            HttpJson.error(ctx, 400, ErrorCode.MISSING_FIELD, "send {\"user\": \"...\", \"password\": \"...\"}");
            return;
        }
        if (!hashing.tryAcquire(3, TimeUnit.SECONDS)) {
            HttpJson.error(ctx, 503, ErrorCode.BUSY, "another login is being checked; try again in a moment");
            return;
        }
        boolean ok;
        try {
            Optional<PasswordHash> hash = passwords.get().lookup(user);
            ok = hash.orElse(DECOY).matches(password.toCharArray()) && hash.isPresent();
        } finally {
            hashing.release();
        }
        if (!ok) {
            throttle.failed(ctx.ip());
            log.info("dashboard login refused for '{}' from {}", user, ctx.ip());
            HttpJson.error(ctx, 401, ErrorCode.NOT_AUTHORISED, "wrong user name or password");
            return;
        }
        Role role = auth.users().get(user);
        if (role == null) {
            HttpJson.error(ctx, 403, ErrorCode.NOT_AUTHORISED, "'" + user + "' has a password but no role: add"
                    + " them to the show file's auth users");
            return;
        }
        throttle.succeeded(ctx.ip());
        Sessions.Session s = sessions.create(user, role);
        ctx.cookie(cookie(s.token(), (int) Sessions.LIFETIME.toSeconds()));
        log.info("dashboard login: {} ({}) from {}", user, role.name().toLowerCase(Locale.ROOT), ctx.ip());
        HttpJson.send(ctx, 200, describe(s));
    }

    private void logout(Context ctx) {
        String foreign = RequestGuard.foreignOrigin(ctx);
        if (foreign != null) {
            HttpJson.error(ctx, 403, ErrorCode.REFUSED, foreign);
            return;
        }
        sessions.end(ctx.cookie(RequestGuard.COOKIE));
        ctx.cookie(cookie("", 0));
        ObjectNode out = HttpJson.object();
        out.putNull("user");
        HttpJson.send(ctx, 200, out);
    }

    private static ObjectNode describe(Sessions.Session s) {
        ObjectNode n = HttpJson.object();
        n.put("user", s.user());
        n.put("role", s.role().name().toLowerCase(Locale.ROOT));
        n.put("csrf", s.csrf());
        return n;
    }

    /** HttpOnly (no script reads it), SameSite=Strict (no other site's page sends it). */
    private static Cookie cookie(String value, int maxAgeSeconds) {
        return new Cookie(RequestGuard.COOKIE, value, "/", maxAgeSeconds, false, true, null, SameSite.STRICT);
    }
}
