package dev.rackd.app.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class TrendLineTest {
    private final TrendLine trend = new TrendLine(Duration.ofMinutes(1), Duration.ofSeconds(10), 3);
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
    void aSteadyTemperatureReadsExactlyZeroNotFloatNoise() {
        OptionalDouble last = OptionalDouble.empty();
        for (int s = 0; s <= 60; s++) { // a DS18B20 at 30.1 °C, once a second, a sub-second jitter in the times
            last = trend.add(t0.plusSeconds(s).plusMillis(s * 37 % 400), 30.1);
        }
        assertThat(last.getAsDouble()).as("a phone shows 1.25e-13 °C/min as it is").isEqualTo(0.0);
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

    @Test
    void fewerSamplesThanAskedForSayNothingHoweverLongTheySpan() {
        TrendLine sparse = new TrendLine(Duration.ofMinutes(2), Duration.ofSeconds(30), 4);
        assertThat(sparse.add(t0, 40)).isEmpty();
        assertThat(sparse.add(t0.plusSeconds(40), 41)).isEmpty();
        assertThat(sparse.add(t0.plusSeconds(80), 42)).isEmpty();
        assertThat(sparse.add(t0.plusSeconds(120), 43).getAsDouble()).isCloseTo(1.5, within(1e-9));
    }

    @Test
    void samplesThatFellOutOfTheWindowDoNotCountTowardsTheMinimum() {
        TrendLine sparse = new TrendLine(Duration.ofMinutes(1), Duration.ofSeconds(10), 3);
        sparse.add(t0, 40);
        sparse.add(t0.plusSeconds(30), 40);
        assertThat(sparse.add(t0.plusSeconds(100), 40)).as("only one sample is younger than a minute").isEmpty();
        assertThat(sparse.perMinute()).isEmpty();
    }

    @Test
    void aWindowThatCannotEverBeCoveredIsRefused() {
        assertThatThrownBy(() -> new TrendLine(Duration.ofSeconds(10), Duration.ofSeconds(20), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TrendLine(Duration.ofSeconds(10), Duration.ofSeconds(5), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
