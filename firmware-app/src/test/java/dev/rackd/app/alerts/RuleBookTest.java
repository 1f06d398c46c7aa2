package dev.rackd.app.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.rackd.app.fixtures.TestShow;
import dev.rackd.config.AlertSettings.AlertRule;
import dev.rackd.config.AlertSettings.Direction;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RuleBookTest {
    private static AlertRule rule(String device, String metric, Double warning, Double critical) {
        return new AlertRule(device, metric, Direction.ABOVE, Optional.ofNullable(warning), Optional.ofNullable(critical),
                2, Duration.ZERO, Optional.empty(), false);
    }

    @Test
    void theFirstMatchingShowFileRuleWinsOverLaterOnesAndOverDefaults() {
        RuleBook book = new RuleBook(TestShow.rack("r").amp("amp-b", "Amp B", 4, Duration.ofSeconds(1))
                .rule(rule("amp-*", "ch3_temperature", 55.0, 65.0))
                .rule(rule("amp-*", "ch*_temperature", 50.0, 60.0))
                .build());
        assertThat(book.rulesFor("amp-b", "ch3_temperature").getFirst().critical()).contains(65.0);
        assertThat(book.rulesFor("amp-b", "ch1_temperature").getFirst().critical()).contains(60.0);
        assertThat(book.rulesFor("amp-b", "ch1_temperature").getFirst().source()).isEqualTo("show file rule 2");
        assertThat(book.rulesFor("pi", "temperature").getFirst()).isEqualTo(DefaultRules.TEMPERATURES);
    }

    @Test
    void aLaterRuleAddsWhatTheFirstMatchingOneLeavesOutAndNothingIsSetTwice() {
        RuleBook book = new RuleBook(TestShow.rack("r").amp("amp-b", "Amp B", 4, Duration.ofSeconds(1))
                .rule(rule("amp-*", "ch*_temperature", 55.0, 62.0))
                .rule(new AlertRule("amp-*", "ch*_temperature", Direction.ABOVE, Optional.empty(), Optional.empty(),
                        0, Duration.ZERO, Optional.of(3.0), false))
                .rule(new AlertRule("amp-b", "ch1_temperature", Direction.ABOVE, Optional.of(40.0), Optional.empty(),
                        0, Duration.ZERO, Optional.of(9.0), false))
                .rule(new AlertRule("amp-*", "ch*_temperature", Direction.BELOW, Optional.of(5.0), Optional.empty(),
                        0, Duration.ZERO, Optional.empty(), false))
                .build());
        assertThat(book.rulesFor("amp-b", "ch1_temperature"))
                .extracting(MetricRule::source, MetricRule::direction, MetricRule::warning, MetricRule::ratePerMinute)
                .containsExactly(
                        tuple("show file rule 1", Direction.ABOVE, Optional.of(55.0), Optional.empty()),
                        tuple("show file rule 2", Direction.ABOVE, Optional.empty(), Optional.of(3.0)),
                        tuple("show file rule 4", Direction.BELOW, Optional.of(5.0), Optional.empty()));
        assertThat(book.limitsAbove("amp-b", "ch1_temperature").orElseThrow().critical()).contains(62.0);
    }

    @Test
    void whatThePowerDomainJudgesIsLeftToItEvenWithAShowFileRule() {
        RuleBook book = new RuleBook(TestShow.rack("r").sensor("case", "Rack case", 45, 55, 2)
                .meter("distro", "Distro", Duration.ofSeconds(1))
                .rule(rule("*", "*", 50.0, 60.0)).build());
        assertThat(book.rulesFor("case", "temperature")).isEmpty();
        assertThat(book.rulesFor("distro", "l1_load")).isEmpty();
        assertThat(book.rulesFor("distro", "imbalance")).isEmpty();
        // the neutral's limits are set as neutral_load; its alert is raised on the current the crew can read
        assertThat(book.rulesFor("distro", "neutral_load")).isEmpty();
        assertThat(book.rulesFor("distro", "neutral_current")).isEmpty();
        assertThat(book.rulesFor("distro", "l1_voltage")).as("a rule the power domain does not apply").isNotEmpty();
        assertThat(book.rulesFor("amp-a", "ch1_temperature").getFirst().source()).isEqualTo("show file rule 1");
    }

    @Test
    void defaultsCoverAmpTemperaturesAndBatteriesButNotMainsWindows() {
        RuleBook book = new RuleBook(TestShow.rack("r").build());
        assertThat(book.rulesFor("amp-a", "ch2_temperature").getFirst().critical()).contains(70.0);
        assertThat(book.rulesFor("rx-1", "ch2_battery_bars").getFirst().direction()).isEqualTo(Direction.BELOW);
        assertThat(book.rulesFor("distro", "l1_voltage")).isEmpty();
        assertThat(book.rulesFor("distro", "frequency")).isEmpty();
    }

    @Test
    void losingAMeterOrAnAmpIsCriticalLosingAReceiverIsAWarning() {
        RuleBook book = new RuleBook(TestShow.rack("r").amp("amp-a", "Amp A", 4, Duration.ofSeconds(1))
                .receiver("rx-1", "Mics").build());
        assertThat(book.offlineRule("amp-a").critical()).isPresent();
        assertThat(book.offlineRule("rx-1").critical()).isEmpty();
    }
}
