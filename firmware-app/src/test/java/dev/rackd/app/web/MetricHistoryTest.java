package dev.rackd.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rackd.hal.Quality;
import dev.rackd.hal.Reading;
import dev.rackd.hal.Unit;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricHistoryTest {
    private static final Instant T0 = Instant.parse("2026-11-21T20:00:00Z");
    private static final String KEY = "distro-l1/l1_current";

    @Test
    void eachStepKeepsTheMeanOfItsGoodReadingsAndAGapWhenThereWereNone() {
        MetricHistory h = new MetricHistory(6, Duration.ofSeconds(10));
        h.accept(amps(10, Quality.GOOD));
        h.accept(amps(14, Quality.GOOD));
        h.accept(amps(99, Quality.STALE));
        h.accept(amps(Double.NaN, Quality.FAULT));
        JsonNode column = h.sample(T0);
        assertThat(column.get("values").get(KEY).asDouble()).isEqualTo(12);
        h.sample(T0.plusSeconds(10));
        h.accept(amps(20, Quality.GOOD));
        h.sample(T0.plusSeconds(20));

        JsonNode snap = h.snapshot(List.of(KEY, "nobody/nothing"));
        assertThat(snap.get("times")).hasSize(3);
        assertThat(snap.get("series").get(KEY).get(0).asDouble()).isEqualTo(12);
        assertThat(snap.get("series").get(KEY).get(1).isNull()).isTrue();
        assertThat(snap.get("series").get(KEY).get(2).asDouble()).isEqualTo(20);
        assertThat(snap.get("series").has("nobody/nothing")).isFalse();
    }

    @Test
    void theRingKeepsOnlyTheLastSlotsOldestFirst() {
        MetricHistory h = new MetricHistory(4, Duration.ofSeconds(10));
        for (int i = 0; i < 7; i++) {
            h.accept(amps(i, Quality.GOOD));
            h.sample(T0.plusSeconds(10L * i));
        }
        JsonNode snap = h.snapshot(List.of(KEY));
        assertThat(snap.get("times").get(0).asLong()).isEqualTo(T0.plusSeconds(30).toEpochMilli());
        assertThat(snap.get("series").get(KEY).findValuesAsText("")).isEmpty();
        assertThat(snap.get("series").get(KEY).toString()).isEqualTo("[3.0,4.0,5.0,6.0]");
    }

    @Test
    void metricsBeyondTheBoundAreNotKept() {
        MetricHistory h = new MetricHistory(4, Duration.ofSeconds(10));
        for (int i = 0; i < MetricHistory.MAX_SERIES + 50; i++) {
            h.accept(Reading.good("dev", "m" + i, 1, Unit.NONE, T0));
        }
        assertThat(h.sample(T0).get("values").size()).isEqualTo(MetricHistory.MAX_SERIES);
    }

    private static Reading amps(double v, Quality q) {
        return new Reading("distro-l1", "l1_current", v, Unit.AMPERE, T0, q);
    }
}
