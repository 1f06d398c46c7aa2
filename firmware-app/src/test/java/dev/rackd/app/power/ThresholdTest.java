package dev.rackd.app.power;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rackd.app.alerts.Severity;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ThresholdTest {
    @Test
    void risesAtOnceAndFallsOnlyPastTheHysteresis() {
        Threshold t = new Threshold(80, 95, 5, true);
        assertThat(t.update(79.9)).isEmpty();
        assertThat(t.update(80).orElseThrow().severity()).contains(Severity.WARNING);
        assertThat(t.update(76)).isEmpty(); // hovering just under 80 keeps the warning
        assertThat(t.update(96).orElseThrow().severity()).contains(Severity.CRITICAL);
        assertThat(t.update(91)).isEmpty();
        assertThat(t.update(89).orElseThrow().severity()).contains(Severity.WARNING);
        assertThat(t.update(74.9).orElseThrow().severity()).isEqualTo(Optional.empty());
    }

    @Test
    void lowSideWindowsWorkTheOtherWay() {
        Threshold t = new Threshold(207, 195.5, 2.3, false);
        assertThat(t.update(230)).isEmpty();
        assertThat(t.update(200).orElseThrow().severity()).contains(Severity.WARNING);
        assertThat(t.update(190).orElseThrow().severity()).contains(Severity.CRITICAL);
        assertThat(t.update(208)).isPresent();
        assertThat(t.level()).contains(Severity.WARNING); // 208 is within 2.3 V of 207
        assertThat(t.update(210).orElseThrow().severity()).isEmpty();
    }
}
