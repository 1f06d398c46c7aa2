package dev.rackd.app.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rackd.app.core.RackState;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The crew's dashboard: an embedded web server, the last hour of every metric, and a live stream that
 * pushes what changed once a second to every open page. Read-only for everyone; actions need a login and
 * go through the command door. One timer thread of its own; never touches a driver.
 */
public final class Dashboard implements AutoCloseable {
    static final long TICK_MILLIS = 1000;
    /** How often the wireless domain's stored scan is looked at (a scan takes longer than this). */
    static final long SCAN_SECONDS = 15;
    private static final Logger log = LoggerFactory.getLogger(Dashboard.class);

    private final WebServer server;
    private final LiveStream stream;
    private final ScheduledExecutorService timer;
    private volatile boolean closed;

    private Dashboard(WebServer server, LiveStream stream, ScheduledExecutorService timer) {
        this.server = server;
        this.stream = stream;
        this.timer = timer;
    }

    public static Dashboard start(WebSources src, WebOptions options) throws IOException {
        RackState state = src.state();
        List<String> deviceIds = src.show().reportedDeviceIds();
        MetricHistory history = MetricHistory.lastHour();
        LiveReadings readings = new LiveReadings(state, deviceIds);
        DomainFeeds feeds = new DomainFeeds();
        src.messaging().ifPresent(feeds::subscribe);
        LiveBoard board = new LiveBoard(src.clock(), readings, src.alerts(),
                new WirelessView(src.show(), state, feeds), feeds);
        LiveStream stream = new LiveStream(board::snapshot);

        Sessions sessions = new Sessions(src.clock());
        RequestGuard guard = new RequestGuard(sessions);
        LoginRoutes login = new LoginRoutes(options.passwordFile().map(PasswordFile::new), src.show().auth(),
                sessions, new LoginThrottle(src.clock()), guard);
        ObjectNode layout = RackLayout.of(src.show(), login.loginsPossible());
        WebServer server = WebServer.start(options, new ApiRoutes(layout, board, history, stream), login,
                new CommandRoutes(src.commands(), guard));

        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("rackd-web-tick").factory());
        Dashboard d = new Dashboard(server, stream, timer);
        state.onReading(r -> {
            if (!d.closed) {
                readings.accept(r);
                history.accept(r);
            }
        });
        timer.scheduleAtFixedRate(() -> d.guarded(() -> {
            board.refreshAlerts();
            stream.publish("tick", board.tick());
        }), TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
        src.store().map(StoredScan::new).ifPresent(scan -> timer.scheduleWithFixedDelay(() -> d.guarded(
                () -> feeds.storedScan(scan.read().orElse(null))), 0, SCAN_SECONDS, TimeUnit.SECONDS));
        long step = history.step().toMillis();
        timer.scheduleAtFixedRate(() -> d.guarded(() -> stream.publish("history",
                HttpJson.string(history.sample(src.clock().instant())))), step, step, TimeUnit.MILLISECONDS);
        board.refreshAlerts();
        log.info("dashboard on http://{}:{}/ ({})", options.bindAddress(), server.port(),
                login.loginsPossible() ? "read-only until logged in" : "read-only: no logins configured");
        return d;
    }

    /** The port it listens on (the one asked for, or the one picked for port 0 in tests). */
    public int port() {
        return server.port();
    }

    @Override
    public void close() {
        closed = true;
        timer.shutdownNow();
        stream.close();
        server.close();
    }

    private void guarded(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            log.error("dashboard tick failed", e);
        }
    }
}
