package dev.rackd.app.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rackd.hal.Quality;
import dev.rackd.hal.Reading;
import dev.rackd.hal.Unit;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class TelemetryJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void isTheDocumentedShape() {
        Reading r = Reading.good("distro-l1", "l1_voltage", 231.4, Unit.VOLT, Instant.parse("2026-11-21T20:15:03.120Z"));
        assertThat(new String(TelemetryJson.of(r), StandardCharsets.UTF_8))
                .isEqualTo("{\"value\":231.4,\"unit\":\"V\",\"ts\":\"2026-11-21T20:15:03.120Z\",\"quality\":\"good\"}");
    }

    @Test
    void keepsMillisecondsEvenWhenZeroAndWritesUnitsAsUtf8() throws Exception {
        Reading r = new Reading("amp-a", "ch3_temperature", 41.0, Unit.CELSIUS, Instant.parse("2026-11-21T20:15:03Z"),
                Quality.STALE);
        JsonNode n = MAPPER.readTree(TelemetryJson.of(r));
        assertThat(n.get("ts").asText()).isEqualTo("2026-11-21T20:15:03.000Z");
        assertThat(n.get("unit").asText()).isEqualTo("°C");
        assertThat(n.get("quality").asText()).isEqualTo("stale");
    }

    @Test
    void aFaultWithoutValueHasNullValue() throws Exception {
        Reading r = new Reading("amp-a", "ch1_gain", Double.NaN, Unit.DECIBEL, Instant.EPOCH, Quality.FAULT);
        JsonNode n = MAPPER.readTree(TelemetryJson.of(r));
        assertThat(n.get("value").isNull()).isTrue();
        assertThat(n.get("quality").asText()).isEqualTo("fault");
    }

    @Test
    void floatNoiseIsLeftOut() {
        Reading r = Reading.good("amp-b", "ch1_current", 3.5052499999999998, Unit.AMPERE, Instant.EPOCH);
        assertThat(new String(TelemetryJson.of(r), StandardCharsets.UTF_8)).startsWith("{\"value\":3.50525,");
    }

    @Property(tries = 300)
    void everyFiniteValueKeepsTwelveDigits(@ForAll double value, @ForAll Unit unit) throws Exception {
        Reading r = Reading.good("d", "m", value, unit, Instant.ofEpochMilli(1_790_000_000_123L));
        JsonNode n = MAPPER.readTree(TelemetryJson.of(r));
        if (Double.isFinite(value)) {
            assertThat(n.get("value").asDouble()).isCloseTo(value, within(Math.abs(value) * 5e-12));
        } else {
            assertThat(n.get("value").isNull()).isTrue();
        }
        assertThat(n.get("unit").asText()).isEqualTo(unit.symbol());
    }
}
