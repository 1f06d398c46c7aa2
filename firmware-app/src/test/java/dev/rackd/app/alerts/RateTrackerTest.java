package dev.rackd.app.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateTrackerTest {
    private static final Instant T0 = Instant.parse("2026-11-21T20:00:00Z");

    @Test
    void aSteadyRiseIsMeasuredInUnitsPerMinute() {
        RateTracker t = new RateTracker();
        double slope = Double.NaN;
        for (int s = 0; s <= 60; s += 2) {
            slope = t.add(40 + 0.1 * s, T0.plusSeconds(s)); // 6 per minute
        }
        assertThat(slope).isCloseTo(6.0, within(1e-9));
        assertThat(t.exceeds(slope, 5)).isTrue();
    }

    @Test
    void noRateIsClaimedUntilHalfTheWindowIsCovered() {
        RateTracker t = new RateTracker();
        double slope = 0;
        for (int s = 0; s < 29; s++) {
            slope = t.add(s * 10.0, T0.plusSeconds(s));
        }
        assertThat(slope).isNaN();
        assertThat(t.exceeds(slope, 5)).isFalse();
    }

    @Test
    void noiseAroundAFlatLineDoesNotRaiseAndARateClearsBelowFourFifthsOfItsLimit() {
        RateTracker t = new RateTracker();
        double slope = Double.NaN;
        for (int s = 0; s <= 60; s++) {
            slope = t.add(45 + (s % 2 == 0 ? 0.8 : -0.8), T0.plusSeconds(s));
        }
        assertThat(t.exceeds(slope, 5)).isFalse();
        assertThat(t.exceeds(5.5, 5)).isTrue();
        assertThat(t.exceeds(4.2, 5)).as("above 0.8 x limit: still rising too fast").isTrue();
        assertThat(t.exceeds(3.9, 5)).isFalse();
    }

    @Test
    void aRateMustHoldForTheRulesMinDurationBeforeItCounts() {
        RateTracker t = new RateTracker();
        Duration hold = Duration.ofSeconds(30);
        assertThat(t.exceeds(8.5, 3, T0, hold)).as("one jump tilts the line for a moment").isFalse();
        assertThat(t.exceeds(2.0, 3, T0.plusSeconds(5), hold)).isFalse();
        assertThat(t.exceeds(6.0, 3, T0.plusSeconds(10), hold)).isFalse();
        assertThat(t.exceeds(6.0, 3, T0.plusSeconds(39), hold)).as("the dip started the hold again").isFalse();
        assertThat(t.exceeds(6.0, 3, T0.plusSeconds(40), hold)).isTrue();
        assertThat(t.exceeds(2.0, 3, T0.plusSeconds(41), hold)).isFalse();
    }

    @Test
    void aFallingLimitWatchesFalls() {
        RateTracker t = new RateTracker();
        assertThat(t.exceeds(-6, -5)).isTrue();
        assertThat(t.exceeds(6, -5)).isFalse();
    }
}
