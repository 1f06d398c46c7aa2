package dev.rackd.app.web;

import dev.rackd.app.command.ErrorCode;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.staticfiles.JavalinStaticResourceHandler;
import io.javalin.http.staticfiles.Location;
import io.javalin.util.JavalinBindException;
import java.io.IOException;
import java.util.Map;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded HTTP server (Javalin over Jetty): the page's files from {@code /web} on the class path,
 * the API, strict security headers (no inline script, nothing from other origins, no framing), a small
 * thread pool (a Pi serves a handful of phones), and bounded request bodies.
 */
final class WebServer implements AutoCloseable {
    static final int MAX_THREADS = 16;
    static final long MAX_REQUEST_BYTES = 64 * 1024;
    private static final Logger log = LoggerFactory.getLogger(WebServer.class);
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final Javalin app;

    private WebServer(Javalin app) {
        this.app = app;
    }

    /** Starts listening; a taken port or an address this host does not have is an IOException saying so. */
    static WebServer start(WebOptions options, ApiRoutes api, LoginRoutes login, CommandRoutes commands)
            throws IOException {
        QueuedThreadPool pool = new QueuedThreadPool(MAX_THREADS, 2, 60_000);
        pool.setName("rackd-web");
        pool.setDaemon(true);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.startupWatcherEnabled = false;
            // a rack runs the build it was given for years: no nagging about the library's age in the journal
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.threadPool = pool;
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            // Javalin's own handler reads the page's files through the class loader; Jetty 12.1's would mount the
            // whole fat jar as a zip file system, index and all (about 50 MB more resident)
            config.resourceHandler(new JavalinStaticResourceHandler());
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
                // a new rackd version must reach every phone without anyone clearing a cache
                files.headers = Map.of("Cache-Control", "no-cache");
            });
            securityHeaders(config.routes);
            api.register(config.routes);
            login.register(config.routes);
            commands.register(config.routes);
            errorAnswers(config.routes);
        });
        try {
            app.start(options.bindAddress(), options.port());
        } catch (JavalinBindException e) {
            app.stop();
            throw new IOException("the dashboard cannot listen on " + options.bindAddress() + ":" + options.port()
                    + " (" + rootCause(e) + "); choose another port with --http-port N, or --http-port 0 to run"
                    + " without it");
        } catch (RuntimeException e) {
            app.stop();
            throw new IOException("the dashboard did not start on " + options.bindAddress() + ":" + options.port()
                    + ": " + rootCause(e), e);
        }
        return new WebServer(app);
    }

    /** No inline script, nothing from other origins, no framing, no sniffing; live data never cached. */
    private static void securityHeaders(RoutesConfig routes) {
        routes.before(ctx -> {
            ctx.header("Content-Security-Policy", CSP);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
            ctx.header("X-Frame-Options", "DENY");
            if (ctx.path().startsWith("/api/")) {
                ctx.header("Cache-Control", "no-store");
            }
        });
    }

    /** Failures and unknown APIs answered in the contract's JSON shape. */
    private static void errorAnswers(RoutesConfig routes) {
        routes.exception(Exception.class, (e, ctx) -> {
            log.error("dashboard request {} {} failed", ctx.method(), ctx.path(), e);
            HttpJson.error(ctx, 500, ErrorCode.INTERNAL, "rackd could not answer this request");
        });
        routes.error(404, ctx -> {
            // only where nothing answered: a command's own "not found" reply stays as the door wrote it
            String type = ctx.res().getContentType();
            if (ctx.path().startsWith("/api/") && (type == null || !type.startsWith("application/json"))) {
                HttpJson.error(ctx, 404, ErrorCode.NOT_FOUND, "no such API: " + ctx.path());
            }
        });
    }

    int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    private static String rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
    }
}
