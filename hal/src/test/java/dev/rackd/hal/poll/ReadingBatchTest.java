package dev.rackd.hal.poll;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rackd.hal.Quality;
import dev.rackd.hal.Reading;
import dev.rackd.hal.Unit;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadingBatchTest {
    private static final Instant T = Instant.parse("2026-06-01T18:00:00Z");

    @Test
    void outOfRangeKeepsItsNumberAsAFaultAndImplausibleHasNone() {
        List<Reading> r = new ReadingBatch("m", T)
                .add("a", 400, Unit.VOLT, true, false)
                .add("b", 400, Unit.VOLT, false, false)
                .add("c", 230, Unit.VOLT, true, true)
                .add("d", Double.NaN, Unit.VOLT, true, false)
                .readings();
        assertThat(r).extracting(Reading::quality)
                .containsExactly(Quality.FAULT, Quality.FAULT, Quality.GOOD, Quality.FAULT);
        assertThat(r.get(0).value()).isEqualTo(400.0);
        assertThat(r.get(1).value()).isNaN();
        assertThat(r.get(2).value()).isEqualTo(230.0);
        assertThat(r.get(3).value()).isNaN();
    }
}
