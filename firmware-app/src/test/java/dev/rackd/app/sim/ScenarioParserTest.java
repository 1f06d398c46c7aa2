package dev.rackd.app.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScenarioParserTest {
    private final ScenarioParser parser = new ScenarioParser(List.of("amp-a", "distro-l1", "ulxd-1"));

    @Test
    void readsStepsSkipsCommentsAndSortsByTime() throws ScenarioException {
        Scenario s = parser.parse("""
                # the mains sag during the show
                30   distro-l1 l1_voltage 198.5   # brown-out
                12.5 amp-a     state      offline

                45 distro-l1 l1_voltage release
                60 ulxd-1 ch2_battery_bars 1
                """, "sag.txt");

        assertThat(s.steps()).containsExactly(
                new ScenarioStep(3, Duration.ofMillis(12_500), "amp-a", "state", "offline"),
                new ScenarioStep(2, Duration.ofSeconds(30), "distro-l1", "l1_voltage", "198.5"),
                new ScenarioStep(5, Duration.ofSeconds(45), "distro-l1", "l1_voltage", "release"),
                new ScenarioStep(6, Duration.ofSeconds(60), "ulxd-1", "ch2_battery_bars", "1"));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "5 amp-a state => s.txt:1: expected 4 fields '<seconds> <device-id> <metric|state> <value>', found 3: '5 amp-a state'",
        "5 amp-a state offline now => s.txt:1: expected 4 fields '<seconds> <device-id> <metric|state> <value>', found 5: '5 amp-a state offline now'",
        "-5 amp-a state offline => s.txt:1: '-5' is not a time: seconds after start, 0 to 604800, e.g. 12 or 12.5",
        "5s amp-a state offline => s.txt:1: '5s' is not a time: seconds after start, 0 to 604800, e.g. 12 or 12.5",
        "9999999 amp-a state offline => s.txt:1: '9999999' is not a time: seconds after start, 0 to 604800, e.g. 12 or 12.5",
        "5 amp-z state offline => s.txt:1: no device 'amp-z' in the show file; devices: amp-a, distro-l1, ulxd-1",
        "5 amp-a state asleep => s.txt:1: state takes offline, online or garbage (over a real transport also wrong_crc, slow, wrong_address, unplug, replug), not 'asleep'",
        "5 amp-a Ch1_Gain 3 => s.txt:1: 'Ch1_Gain' is not a metric name (snake_case, e.g. l1_voltage) nor 'state'",
        "5 amp-a ch1_gain loud => s.txt:1: a metric takes a number or 'release', not 'loud'",
        "5 amp-a ch1_gain 1e999 => s.txt:1: a metric takes a number or 'release', not '1e999'",
        "5 amp-a ch1_gain NaN => s.txt:1: a metric takes a number or 'release', not 'NaN'",
        "5 amp-a ch1_load broken => s.txt:1: a channel's load takes ohms, open, short or 'release', not 'broken'",
    })
    void aBadLineIsReportedWithItsNumber(String line, String message) {
        assertThatThrownBy(() -> parser.parse(line, "s.txt")).isInstanceOf(ScenarioException.class)
                .extracting(e -> ((ScenarioException) e).errors()).isEqualTo(List.of(message));
    }

    @Test
    void everyBadLineIsReportedAtOnceAndControlCharactersAreShownNotPrinted() {
        ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class,
                () -> parser.parse("1 amp-a state offline\n2 amp-a\u0007 state offline\n\n4 x\n", "s.txt"));
        assertThat(e.errors()).containsExactly(
                        "s.txt:2: no device 'amp-a\\u0007' in the show file; devices: amp-a, distro-l1, ulxd-1",
                        "s.txt:4: expected 4 fields '<seconds> <device-id> <metric|state> <value>', found 2: '4 x'");
    }

    @Property(tries = 1000)
    void anyTextIsEitherAScenarioOrALineNumberedRefusal(@ForAll String text) {
        try {
            Scenario s = parser.parse(text, "f.txt");
            assertThat(s.steps()).allMatch(st -> Injection.problem(st.target(), st.value()) == null);
        } catch (ScenarioException e) {
            assertThat(e.errors()).isNotEmpty().allMatch(m -> m.matches("f\\.txt:\\d+: [^\\n]+"));
        }
    }
}
