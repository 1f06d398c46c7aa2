package dev.rackd.app.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class AlertLogTest {
    private static final Instant T = Instant.parse("2026-06-01T20:00:00Z");
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger("dev.rackd.alerts");
    private final AlertLog log = new AlertLog();
    private Level before;
    private long seq;

    @BeforeEach
    void listen() {
        appender.start();
        logger.addAppender(appender);
        before = logger.getLevel();
        logger.setLevel(Level.INFO); // the tests' logging configuration keeps the build's output quiet...
        logger.setAdditive(false); // ...and so does this
    }

    @AfterEach
    void stop() {
        logger.detachAppender(appender);
        logger.setLevel(before);
        logger.setAdditive(true);
    }

    private void event(AlertEvent.Type type, Severity severity, AlertStatus state, String message, String ackedBy) {
        seq++;
        log.changed(new AlertEvent(seq, type, T, new Alert("amp-b.ch3_temperature.high", "high", severity, state,
                "amp-b", "ch3_temperature", 63.0, 62.0, "°C", message, T, null, ackedBy, null, 1, false, seq)));
    }

    private List<String> lines() {
        return appender.list.stream().map(e -> e.getLevel() + " " + e.getFormattedMessage()).toList();
    }

    @Test
    void theJournalTellsAnAlertsLifeWithTheCrewsWords() {
        event(AlertEvent.Type.RAISE, Severity.WARNING, AlertStatus.ACTIVE, "Amp B ch 3 at 58 °C, limit 55 °C", null);
        event(AlertEvent.Type.UPDATE, Severity.WARNING, AlertStatus.ACTIVE, "Amp B ch 3 at 59 °C, limit 55 °C", null);
        event(AlertEvent.Type.UPDATE, Severity.CRITICAL, AlertStatus.ACTIVE, "Amp B ch 3 at 63 °C, limit 62 °C", null);
        event(AlertEvent.Type.CLEAR, Severity.CRITICAL, AlertStatus.LATCHED, "Amp B ch 3 at 63 °C, limit 62 °C", null);
        event(AlertEvent.Type.ACK, Severity.CRITICAL, AlertStatus.CLOSED, "Amp B ch 3 at 63 °C, limit 62 °C", "sam");

        assertThat(lines()).containsExactly(
                "WARN warning raised: Amp B ch 3 at 58 °C, limit 55 °C [amp-b.ch3_temperature.high]",
                "ERROR now critical: Amp B ch 3 at 63 °C, limit 62 °C [amp-b.ch3_temperature.high]",
                "INFO cleared (latched until acknowledged): Amp B ch 3 at 63 °C, limit 62 °C [amp-b.ch3_temperature.high]",
                "INFO acknowledged by sam: Amp B ch 3 at 63 °C, limit 62 °C [amp-b.ch3_temperature.high]");
    }

    @Test
    void aCriticalIsAnErrorLineAndComesBackAsOneWhenItFiresAgain() {
        event(AlertEvent.Type.RAISE, Severity.CRITICAL, AlertStatus.ACTIVE, "hot", null);
        event(AlertEvent.Type.CLEAR, Severity.CRITICAL, AlertStatus.CLEARED, "hot", null);
        event(AlertEvent.Type.RAISE, Severity.CRITICAL, AlertStatus.ACTIVE, "hot again", null);

        assertThat(lines()).containsExactly("ERROR critical raised: hot [amp-b.ch3_temperature.high]",
                "INFO cleared: hot [amp-b.ch3_temperature.high]",
                "ERROR critical raised: hot again [amp-b.ch3_temperature.high]");
    }

    @Test
    void aRestoredAlertWhoseValueMovesAfterARestartWritesNoLineUntilItsSeverityChanges() {
        log.restored(List.of(new Alert("amp-b.ch3_temperature.high", "high", Severity.WARNING, AlertStatus.ACTIVE,
                "amp-b", "ch3_temperature", 58.0, 55.0, "°C", "Amp B ch 3 at 58 °C, limit 55 °C", T, null, null, null,
                1, false, 7)));
        event(AlertEvent.Type.UPDATE, Severity.WARNING, AlertStatus.ACTIVE, "Amp B ch 3 at 60 °C, limit 55 °C", null);
        event(AlertEvent.Type.UPDATE, Severity.CRITICAL, AlertStatus.ACTIVE, "Amp B ch 3 at 63 °C, limit 62 °C", null);

        assertThat(lines()).containsExactly(
                "ERROR now critical: Amp B ch 3 at 63 °C, limit 62 °C [amp-b.ch3_temperature.high]");
    }
}
