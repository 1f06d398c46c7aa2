package dev.rackd.app.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rackd.hal.Unit;
import org.junit.jupiter.api.Test;

class AlertWordsTest {
    @Test
    void saysWhatTheCrewWouldSay() {
        assertThat(AlertWords.level("Amp B", "ch3_temperature", 71, Unit.CELSIUS, 65, true))
                .isEqualTo("Amp B ch 3 at 71 °C, limit 65 °C");
        assertThat(AlertWords.level("Distro", "l2_load", 86.04, Unit.PERCENT, 80, true))
                .isEqualTo("Distro L2 load at 86 %, limit 80 %");
        assertThat(AlertWords.level("Mic rack", "ch2_battery_bars", 1, Unit.NONE, 2, false))
                .isEqualTo("Mic rack ch 2 battery at 1 bar, low limit 2 bars");
        assertThat(AlertWords.level("Pi", "temperature", 61.25, Unit.CELSIUS, 60, true))
                .isEqualTo("Pi at 61.3 °C, limit 60 °C");
        assertThat(AlertWords.rate("Amp A", "ch1_temperature", 6.24, Unit.CELSIUS, 5))
                .isEqualTo("Amp A ch 1 rising 6.2 °C/min, limit 5 °C/min");
        assertThat(AlertWords.levelClear("Amp B", "ch3_temperature", 51, Unit.CELSIUS, 55, true))
                .isEqualTo("Amp B ch 3 back at 51 °C, under its 55 °C limit");
        assertThat(AlertWords.levelClear("Mic rack", "ch2_battery_bars", 3, Unit.NONE, 2, false))
                .isEqualTo("Mic rack ch 2 battery back at 3 bars, above its 2 bars low limit");
        assertThat(AlertWords.rateClear("Amp A", "ch1_temperature", 3.14, Unit.CELSIUS, 5))
                .isEqualTo("Amp A ch 1 rising 3.1 °C/min, back within its 5 °C/min limit");
        assertThat(AlertWords.offline("Amp A", "no valid reading for 3 s")).isEqualTo("Amp A offline: no valid reading for 3 s");
        assertThat(AlertWords.stale("Amp A", "ch4_impedance", 12)).isEqualTo("Amp A ch 4 impedance has had no valid reading for 12 s");
    }
}
