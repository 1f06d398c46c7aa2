package dev.rackd.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScalarsTest {

    @Test
    void durationsTakeTheUnitsCrewsWrite() {
        assertThat(Scalars.duration("500ms")).contains(Duration.ofMillis(500));
        assertThat(Scalars.duration("10s")).contains(Duration.ofSeconds(10));
        assertThat(Scalars.duration("1.5s")).contains(Duration.ofMillis(1500));
        assertThat(Scalars.duration("2m")).contains(Duration.ofMinutes(2));
        assertThat(Scalars.duration("1h")).contains(Duration.ofHours(1));
        assertThat(Scalars.duration("0")).contains(Duration.ZERO);
        for (String bad : List.of("10", "10 sec", "1d", "-5s", "0.5ms", "s", "", "99999999999999h")) {
            assertThat(Scalars.duration(bad)).as(bad).isEmpty();
        }
    }

    @Test
    void integersTakeDecimalAndHex() {
        assertThat(Scalars.integer("0x40")).hasValue(64);
        assertThat(Scalars.integer("0X4f")).hasValue(79);
        assertThat(Scalars.integer("-3")).hasValue(-3);
        for (String bad : List.of("1.5", "0x", "forty", "99999999999999999999", "1e3")) {
            assertThat(Scalars.integer(bad)).as(bad).isEmpty();
        }
    }

    @Test
    void numbersAreFiniteDecimals() {
        assertThat(Scalars.number("-1.0")).hasValue(-1.0);
        assertThat(Scalars.number("3.2e1")).hasValue(32.0);
        for (String bad : List.of(".nan", ".inf", "NaN", "1e999", "1,5", "0x10")) {
            assertThat(Scalars.number(bad)).as(bad).isEmpty();
        }
    }

    @Test
    void formatReadsBackTheWayPeopleWrite() {
        assertThat(Scalars.format(Duration.ofMillis(500))).isEqualTo("500ms");
        assertThat(Scalars.format(Duration.ofMinutes(2))).isEqualTo("2m");
        assertThat(Scalars.format(32.0)).isEqualTo("32");
        assertThat(Scalars.format(0.1)).isEqualTo("0.1");
    }
}
