package dev.rackd.app.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;

/** The read-only API every visitor may use: the layout, the live picture, the last hour, the stream. */
final class ApiRoutes {
    static final int MAX_HISTORY_KEYS = 200;

    private final ObjectNode layout;
    private final LiveBoard board;
    private final MetricHistory history;
    private final LiveStream stream;

    ApiRoutes(ObjectNode layout, LiveBoard board, MetricHistory history, LiveStream stream) {
        this.layout = layout;
        this.board = board;
        this.history = history;
        this.stream = stream;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/layout", ctx -> HttpJson.send(ctx, 200, layout));
        routes.get("/api/snapshot", ctx -> ctx.contentType(HttpJson.TYPE).result(board.snapshot()));
        routes.get("/api/history", this::history);
        routes.sse("/api/events", stream::open);
    }

    /** {@code ?keys=device/metric,device/metric}: only the series asked for (a page asks for its own). */
    private void history(Context ctx) {
        String keys = ctx.queryParam("keys");
        List<String> wanted = keys == null || keys.isBlank() ? List.of()
                : Arrays.stream(keys.split(",")).map(String::strip).filter(k -> !k.isEmpty())
                        .limit(MAX_HISTORY_KEYS).toList();
        HttpJson.send(ctx, 200, history.snapshot(wanted));
    }
}
