package dev.rackd.app.web;

import io.javalin.http.Context;
import java.net.URI;
import java.util.Optional;

/**
 * What every state-changing request must show: that it comes from the dashboard's own page
 * ({@code Origin} and {@code Sec-Fetch-Site} when the browser sends them), and for actions a live
 * session with its CSRF token in {@link #CSRF_HEADER}. The session cookie is HttpOnly and SameSite=Strict,
 * so another site can neither read it nor make the browser send it.
 */
final class RequestGuard {
    static final String COOKIE = "rackd_session";
    static final String CSRF_HEADER = "X-Rackd-Csrf";

    private final Sessions sessions;

    RequestGuard(Sessions sessions) {
        this.sessions = sessions;
    }

    /** Null when the request may come from this page; otherwise why not. */
    static String foreignOrigin(Context ctx) {
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return "requests from other sites are refused (Sec-Fetch-Site: " + site + ")";
        }
        String origin = ctx.header("Origin");
        if (origin == null) {
            return null;
        }
        String host = ctx.header("Host");
        try {
            URI o = URI.create(origin);
            String authority = o.getPort() < 0 ? o.getHost() : o.getHost() + ":" + o.getPort();
            if (host != null && authority != null && authority.equalsIgnoreCase(host)) {
                return null;
            }
        } catch (IllegalArgumentException e) {
            return "unreadable Origin header";
        }
        return "requests from " + origin + " are refused; use the dashboard's own page";
    }

    Optional<Sessions.Session> session(Context ctx) {
        return sessions.find(ctx.cookie(COOKIE));
    }

    /** The session of an action that carried its CSRF token; empty otherwise. */
    Optional<Sessions.Session> actionSession(Context ctx) {
        String token = ctx.header(CSRF_HEADER);
        return session(ctx).filter(s -> token != null && java.security.MessageDigest.isEqual(
                s.csrf().getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                token.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    }
}
