package dev.rackd.app.amps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class TemperatureTrendTest {
    private final TemperatureTrend trend = new TemperatureTrend(Duration.ofMinutes(1), Duration.ofSeconds(10));
    private final Instant t0 = Instant.parse("2026-06-01T20:00:00Z");

    @Test
    void aChannelWarmingTwoDegreesAMinuteReadsTwo() {
        OptionalDouble last = OptionalDouble.empty();
        for (int s = 0; s <= 30; s++) {
            last = trend.add(t0.plusSeconds(s), 40.0 + 2.0 * s / 60);
        }
        assertThat(last.getAsDouble()).isCloseTo(2.0, within(1e-9));
    }

    @Test
    void saysNothingUntilTheSamplesSpanEnoughTime() {
        for (int s = 0; s < 10; s++) {
            assertThat(trend.add(t0.plusSeconds(s), 40 + s)).isEmpty();
        }
        assertThat(trend.add(t0.plusSeconds(10), 50)).isPresent();
    }

    @Test
    void onlyTheWindowCounts() {
        for (int s = 0; s <= 60; s++) {
            trend.add(t0.plusSeconds(s), 60); // a minute flat
        }
        OptionalDouble last = OptionalDouble.empty();
        for (int s = 61; s <= 180; s++) {
            last = trend.add(t0.plusSeconds(s), 60 - (s - 120.0) / 60); // then cooling 1 °C/min
        }
        assertThat(last.getAsDouble()).isCloseTo(-1.0, within(1e-9));
    }

    @Test
    void aClockThatJumpsBackStartsAgain() {
        for (int s = 0; s <= 20; s++) {
            trend.add(t0.plusSeconds(s), 40);
        }
        assertThat(trend.add(t0.minusSeconds(100), 40)).isEmpty();
    }
}
