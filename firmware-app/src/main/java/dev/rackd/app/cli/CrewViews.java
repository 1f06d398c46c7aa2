package dev.rackd.app.cli;

import dev.rackd.app.core.RackContext;
import dev.rackd.app.report.ShowRecorder;
import dev.rackd.app.web.Dashboard;
import dev.rackd.app.web.WebOptions;
import dev.rackd.app.web.WebSources;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@code rackd run} adds beside the rack service for the crew: the dashboard and the show history
 * recorder (for {@code rackd report}). Started once the service runs; closed before it stops.
 */
final class CrewViews implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(CrewViews.class);
    private Dashboard dashboard;
    private ShowRecorder recorder;

    synchronized void start(RackContext context, WebOptions web) throws IOException {
        WebSources sources = WebSources.from(context);
        try {
            recorder = ShowRecorder.start(sources, context.store().dir());
        } catch (IOException e) {
            // the show goes on without its history: say so, do not stop the rack
            log.error("no show history this run: {}", e.getMessage());
        }
        if (web.enabled()) {
            dashboard = Dashboard.start(sources, web);
        }
    }

    @Override
    public synchronized void close() {
        if (dashboard != null) {
            dashboard.close();
            dashboard = null;
        }
        if (recorder != null) {
            recorder.close();
            recorder = null;
        }
    }
}
