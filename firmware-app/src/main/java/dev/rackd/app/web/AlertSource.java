package dev.rackd.app.web;

import dev.rackd.app.alerts.Alert;
import dev.rackd.app.alerts.AlertEngine;
import dev.rackd.app.alerts.AlertListener;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** What the dashboard and the show recorder read from the alert engine. */
public interface AlertSource {
    /** The alerts the crew should see: active, latched and cleared-but-unacknowledged ones. */
    CompletableFuture<List<Alert>> open();

    /** Tells {@code listener} of every later alert event; false when there is no engine to listen to. */
    boolean listen(AlertListener listener);

    static AlertSource of(AlertEngine engine) {
        return new AlertSource() {
            @Override
            public CompletableFuture<List<Alert>> open() {
                return engine.open();
            }

            @Override
            public boolean listen(AlertListener listener) {
                engine.addListener(listener);
                return true;
            }
        };
    }

    /** A service without an alert engine: no alerts to show. */
    static AlertSource none() {
        return new AlertSource() {
            @Override
            public CompletableFuture<List<Alert>> open() {
                return CompletableFuture.completedFuture(List.of());
            }

            @Override
            public boolean listen(AlertListener listener) {
                return false;
            }
        };
    }
}
