package dev.rackd.app.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rackd.app.command.CommandPayload;
import dev.rackd.app.command.ErrorCode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@code POST /api/cmd/<name>}: a crew action from the page, through the same command door as MQTT, as
 * the logged-in user with their show-file role. The reply body is the door's reply, unchanged.
 */
final class CommandRoutes {
    /** Longer than the door gives a handler, so the door says what happened. */
    static final long REPLY_SECONDS = 45;

    private final CommandDispatcher door;
    private final RequestGuard guard;

    CommandRoutes(CommandDispatcher door, RequestGuard guard) {
        this.door = door;
        this.guard = guard;
    }

    void register(RoutesConfig routes) {
        routes.post("/api/cmd/{name}", this::command);
    }

    private void command(Context ctx) {
        String foreign = RequestGuard.foreignOrigin(ctx);
        if (foreign != null) {
            HttpJson.error(ctx, 403, ErrorCode.REFUSED, foreign);
            return;
        }
        if (guard.session(ctx).isEmpty()) {
            HttpJson.error(ctx, 401, ErrorCode.NOT_AUTHORISED,
                    "the dashboard is read-only until you log in; actions need a crew or admin login");
            return;
        }
        Optional<Sessions.Session> session = guard.actionSession(ctx);
        if (session.isEmpty()) {
            HttpJson.error(ctx, 403, ErrorCode.REFUSED, "missing or wrong " + RequestGuard.CSRF_HEADER
                    + " header; reload the page");
            return;
        }
        String type = ctx.contentType();
        byte[] body = ctx.bodyAsBytes();
        if (body.length > 0 && (type == null || !type.startsWith("application/json"))) {
            HttpJson.error(ctx, 415, ErrorCode.MALFORMED_JSON, "send the command as application/json");
            return;
        }
        if (body.length > CommandPayload.MAX_BYTES) {
            HttpJson.error(ctx, 413, ErrorCode.TOO_LARGE, "payload is " + body.length + " bytes; allowed: up to "
                    + CommandPayload.MAX_BYTES);
            return;
        }
        Sessions.Session s = session.get();
        CompletableFuture<ObjectNode> reply = door.submit(ctx.pathParam("name"), body, s.user(), s.role());
        ctx.future(() -> reply.orTimeout(REPLY_SECONDS, TimeUnit.SECONDS).handle((r, failure) -> {
            if (failure != null) {
                HttpJson.error(ctx, 504, ErrorCode.BUSY, "no reply from rackd within " + REPLY_SECONDS + " s");
            } else {
                HttpJson.send(ctx, HttpJson.statusOf(r), r);
            }
            return null;
        }));
    }
}
