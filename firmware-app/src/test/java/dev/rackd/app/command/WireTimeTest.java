package dev.rackd.app.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WireTimeTest {
    @Test
    void everyTimeOnTheWireHasExactlyMillisecondsWhateverTheClockGave() throws Exception {
        assertThat(Json.MAPPER.writeValueAsString(Map.of("raised_at", Instant.parse("2026-11-21T20:15:03.120456789Z"))))
                .isEqualTo("{\"raised_at\":\"2026-11-21T20:15:03.120Z\"}");
        assertThat(Json.MAPPER.writeValueAsString(Map.of("raised_at", Instant.parse("2026-11-21T20:15:03Z"))))
                .as("a whole second keeps its decimals, so times sort as text").isEqualTo(
                        "{\"raised_at\":\"2026-11-21T20:15:03.000Z\"}");
        assertThat(Json.MAPPER.readValue("\"2026-11-21T20:15:03.120Z\"", Instant.class))
                .isEqualTo(Instant.parse("2026-11-21T20:15:03.120Z"));
    }
}
