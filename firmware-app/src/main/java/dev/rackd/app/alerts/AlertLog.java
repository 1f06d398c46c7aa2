package dev.rackd.app.alerts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * Writes each alert's life to rackd's log, the journal on a Pi: a tech on SSH with {@code journalctl -u rackd -f}
 * sees what the crew's phones see, in order and with the same words. One line when an alert fires, when its
 * severity changes, when its condition goes and when somebody acknowledges it; an update that only changes the
 * words (a count, a level) is left to MQTT, or a long alert would fill the journal.
 */
final class AlertLog implements AlertListener {
    private static final Logger LOG = LoggerFactory.getLogger("dev.rackd.alerts");
    /** The severity last written per alert id; touched on the engine's thread only. */
    private final Map<String, Severity> written = new HashMap<>();

    /** The alerts open at start: their first update after a restart changes no severity, and writes no line. */
    void restored(List<Alert> open) {
        open.forEach(a -> written.put(a.id(), a.severity()));
    }

    @Override
    public void changed(AlertEvent event) {
        Alert a = event.alert();
        switch (event.type()) {
            case RAISE -> {
                written.put(a.id(), a.severity());
                LOG.atLevel(level(a.severity())).log("{} raised: {} [{}]", a.severity().wireName(), a.message(),
                        a.id());
            }
            case UPDATE -> {
                if (written.put(a.id(), a.severity()) != a.severity()) {
                    LOG.atLevel(level(a.severity())).log("now {}: {} [{}]", a.severity().wireName(), a.message(),
                            a.id());
                }
            }
            case CLEAR -> {
                written.remove(a.id());
                LOG.info("cleared{}: {} [{}]", a.state() == AlertStatus.LATCHED ? " (latched until acknowledged)" : "",
                        a.message(), a.id());
            }
            case ACK -> LOG.info("acknowledged by {}: {} [{}]", a.ackedBy(), a.message(), a.id());
        }
    }

    private static Level level(Severity s) {
        return switch (s) {
            case CRITICAL -> Level.ERROR;
            case WARNING -> Level.WARN;
            case INFO -> Level.INFO;
        };
    }
}
