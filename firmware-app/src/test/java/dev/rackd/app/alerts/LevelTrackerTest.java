package dev.rackd.app.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LevelTrackerTest {
    private static final Instant T0 = Instant.parse("2026-11-21T20:00:00Z");
    private final MetricRule hot = MetricRule.above(60, 70, 3, Duration.ofSeconds(10), Optional.empty(), true, "t");

    private static Instant at(int seconds) {
        return T0.plusSeconds(seconds);
    }

    @Test
    void aSingleSpikePagesNobody() {
        LevelTracker t = new LevelTracker(hot, null);
        assertThat(t.update(50, at(0))).isNull();
        assertThat(t.update(85, at(1))).isNull();
        assertThat(t.update(50, at(2))).isNull();
        assertThat(t.update(50, at(20))).isNull();
    }

    @Test
    void aLevelIsReachedOnceTheValueHasStayedPastItForTheMinimumDuration() {
        LevelTracker t = new LevelTracker(hot, null);
        assertThat(t.update(62, at(0))).isNull();
        assertThat(t.update(63, at(9))).isNull();
        assertThat(t.update(63, at(10))).isEqualTo(Severity.WARNING);
        assertThat(t.update(71, at(11))).isEqualTo(Severity.WARNING);
        assertThat(t.update(72, at(21))).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void hysteresisKeepsTheLevelUntilTheValueIsBackPastTheLimitByIt() {
        LevelTracker t = new LevelTracker(hot, null);
        t.update(75, at(0));
        assertThat(t.update(75, at(10))).isEqualTo(Severity.CRITICAL);
        assertThat(t.update(68, at(11))).as("70 - 3 = 67 not reached").isEqualTo(Severity.CRITICAL);
        assertThat(t.update(66.9, at(12))).isEqualTo(Severity.WARNING);
        assertThat(t.update(57.5, at(13))).as("60 - 3 = 57 not reached").isEqualTo(Severity.WARNING);
        assertThat(t.update(56.9, at(14))).isNull();
    }

    @Test
    void belowRulesWorkDownwards() {
        MetricRule bars = MetricRule.below(2, 1, 0, Duration.ZERO, false, "t");
        LevelTracker t = new LevelTracker(bars, null);
        assertThat(t.update(4, at(0))).isNull();
        assertThat(t.update(2, at(1))).isEqualTo(Severity.WARNING);
        assertThat(t.update(1, at(2))).isEqualTo(Severity.CRITICAL);
        assertThat(t.update(5, at(3))).isNull();
    }

    @Test
    void aRestoredLevelContinuesWithItsHysteresis() {
        LevelTracker t = new LevelTracker(hot, Severity.CRITICAL);
        assertThat(t.update(68, at(0))).isEqualTo(Severity.CRITICAL);
        assertThat(t.update(50, at(1))).isNull();
    }

    @Test
    void aRuleWithOnlyACriticalLimitNeverWarns() {
        MetricRule onlyCritical = new MetricRule(hot.direction(), Optional.empty(), Optional.of(70.0), 0, Duration.ZERO,
                Optional.empty(), false, "t");
        LevelTracker t = new LevelTracker(onlyCritical, null);
        assertThat(t.update(65, at(0))).isNull();
        assertThat(t.update(70, at(1))).isEqualTo(Severity.CRITICAL);
    }
}
