package dev.rackd.app.power;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rackd.config.AlertSettings;
import dev.rackd.config.AlertSettings.AlertRule;
import dev.rackd.config.AlertSettings.Direction;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LimitsTest {
    private static AlertRule rule(String metric, Direction direction, Double warning, Double rate) {
        return new AlertRule("distro-*", metric, direction, Optional.ofNullable(warning), Optional.empty(), 0,
                Duration.ZERO, Optional.ofNullable(rate), false);
    }

    @Test
    void aBreakersLimitsComeFromTheFirstRuleThatSetsLimitsAboveNotFromARateOrALowRuleBeforeIt() {
        AlertSettings settings = new AlertSettings(3, List.of(
                rule("l*_load", Direction.ABOVE, null, 10.0),
                rule("l*_load", Direction.BELOW, 5.0, null),
                rule("l*_load", Direction.ABOVE, 70.0, null)));
        Limits l = Limits.of(settings, "distro-a", "l2_load", Limits.BREAKER);
        assertThat(l.warning()).isEqualTo(70);
        assertThat(l.critical()).as("unset, so the trade's").isEqualTo(95);
        assertThat(Limits.of(settings, "rail-24v", "l2_load", Limits.BREAKER)).isEqualTo(Limits.BREAKER);
    }
}
