package dev.rackd.app.alerts;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(book.ruleFor("amp-b", "ch3_temperature").orElseThrow().critical()).contains(65.0);
        assertThat(book.ruleFor("amp-b", "ch1_temperature").orElseThrow().critical()).contains(60.0);
        assertThat(book.ruleFor("amp-b", "ch1_temperature").orElseThrow().source()).isEqualTo("show file rule 2");
        assertThat(book.ruleFor("pi", "temperature").orElseThrow()).isEqualTo(DefaultRules.TEMPERATURES);
    }

    @Test
    void whatThePowerDomainJudgesIsLeftToItEvenWithAShowFileRule() {
        RuleBook book = new RuleBook(TestShow.rack("r").sensor("case", "Rack case", 45, 55, 2)
                .meter("distro", "Distro", Duration.ofSeconds(1))
                .rule(rule("*", "*", 50.0, 60.0)).build());
        assertThat(book.ruleFor("case", "temperature")).isEmpty();
        assertThat(book.ruleFor("distro", "l1_load")).isEmpty();
        assertThat(book.ruleFor("distro", "imbalance")).isEmpty();
        // the neutral's limits are set as neutral_load; its alert is raised on the current the crew can read
        assertThat(book.ruleFor("distro", "neutral_load")).isEmpty();
        assertThat(book.ruleFor("distro", "neutral_current")).isEmpty();
        assertThat(book.ruleFor("distro", "l1_voltage")).as("a rule the power domain does not apply").isPresent();
        assertThat(book.ruleFor("amp-a", "ch1_temperature").orElseThrow().source()).isEqualTo("show file rule 1");
    }

    @Test
    void defaultsCoverAmpTemperaturesAndBatteriesButNotMainsWindows() {
        RuleBook book = new RuleBook(TestShow.rack("r").build());
        assertThat(book.ruleFor("amp-a", "ch2_temperature").orElseThrow().critical()).contains(70.0);
        assertThat(book.ruleFor("rx-1", "ch2_battery_bars").orElseThrow().direction()).isEqualTo(Direction.BELOW);
        assertThat(book.ruleFor("distro", "l1_voltage")).isEmpty();
        assertThat(book.ruleFor("distro", "frequency")).isEmpty();
    }

    @Test
    void losingAMeterOrAnAmpIsCriticalLosingAReceiverIsAWarning() {
        RuleBook book = new RuleBook(TestShow.rack("r").amp("amp-a", "Amp A", 4, Duration.ofSeconds(1))
                .receiver("rx-1", "Mics").build());
        assertThat(book.offlineRule("amp-a").critical()).isPresent();
        assertThat(book.offlineRule("rx-1").critical()).isEmpty();
    }
}
