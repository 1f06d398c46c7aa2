package dev.rackd.app.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogLevelsTest {
    @Test
    void readsABareLevelAndPerLoggerLevels() {
        assertThat(LogLevels.parse("DEBUG")).isEqualTo(Map.of("", Level.DEBUG));
        assertThat(LogLevels.parse("warning , dev.rackd.hal.power=trace,")).containsExactly(
                Map.entry("", Level.WARN), Map.entry("dev.rackd.hal.power", Level.TRACE));
    }

    @Test
    void refusesWhatItCannotReadWithTheReason() {
        assertThatThrownBy(() -> LogLevels.parse("loud")).hasMessageContaining("unknown log level 'loud'");
        assertThatThrownBy(() -> LogLevels.parse("dev rackd=info")).hasMessageContaining("is not a logger name");
        assertThatThrownBy(() -> LogLevels.parse(" , ")).hasMessageContaining("empty log level");
    }
}
