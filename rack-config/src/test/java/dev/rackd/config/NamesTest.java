package dev.rackd.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {
    private static final List<String> METER_KEYS = PowerReader.METER_KEYS;

    @Test
    void suggestsTheNearestKey() {
        assertThat(NearestName.to("breaker_amp", METER_KEYS)).contains("breaker_amps");
        assertThat(NearestName.to("adress", METER_KEYS)).contains("address");
        assertThat(NearestName.to("breaker", METER_KEYS)).contains("breaker_amps");
        assertThat(NearestName.to("colour", METER_KEYS)).isEmpty();
    }

    @Test
    void globsMatchWholeNames() {
        assertThat(Globs.matches("amp-*", "amp-a")).isTrue();
        assertThat(Globs.matches("amp-*", "ramp-a")).isFalse();
        assertThat(Globs.matches("ch*_temperature", "ch12_temperature")).isTrue();
        assertThat(Globs.matches("ch?_gain", "ch12_gain")).isFalse();
        assertThat(Globs.matches("*", "")).isTrue();
        assertThat(Globs.matches("a*b*c", "aXbYbZc")).isTrue();
        assertThat(Globs.matches("a*b*c", "aXbYbZ")).isFalse();
    }
}
