package dev.rackd.app.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rackd.app.alerts.Severity;
import dev.rackd.app.fixtures.MutableClock;
import dev.rackd.config.MainsSettings.MainsMode;
import dev.rackd.config.ShowFile;
import dev.rackd.hal.Reading;
import dev.rackd.hal.Unit;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The power domain's judgement on readings a rack would send: what the crew gets told, and when. */
class PowerScenarioTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T18:00:00Z"));
    private final RecordingAlerts alerts = new RecordingAlerts();
    private final List<Reading> published = new CopyOnWriteArrayList<>();

    private PowerWatch watch(ShowFile show) {
        return new PowerWatch(show, alerts, published::add, out -> null, clock);
    }

    private void feed(PowerWatch w, String device, String metric, double value, Unit unit) {
        w.accept(Reading.good(device, metric, value, unit, clock.instant()));
    }

    @Test
    void phaseCreepingPast80PercentWarnsInTheCrewsWords() {
        PowerWatch w = watch(TestShows.pzemDistro(MainsMode.GRID));
        for (double amps = 20; amps <= 27.5; amps += 0.5) {
            clock.advance(Duration.ofSeconds(10));
            feed(w, "distro-l2", "l2_current", amps, Unit.AMPERE);
            if (amps < 25.5) {
                assertThat(alerts.active(BreakerLoad.RULE, "distro-l2", "l2_load")).as("at %s A", amps).isEmpty();
            }
        }
        RecordingAlerts.Raised warning = alerts.active(BreakerLoad.RULE, "distro-l2", "l2_load").orElseThrow();
        assertThat(warning.severity()).isEqualTo(Severity.WARNING);
        assertThat(warning.message()).isEqualTo("L2 at 86 % of its 32 A breaker: shed load"); // no other phase read
        assertThat(alerts.raised(BreakerLoad.RULE).get(0).message())
                .isEqualTo("L2 at 81 % of its 32 A breaker: shed load");
        assertThat(published).filteredOn(r -> r.metric().equals("l2_load")).last()
                .satisfies(r -> assertThat(r.value()).isCloseTo(85.9, within(0.1)))
                .satisfies(r -> assertThat(r.unit()).isEqualTo(Unit.PERCENT));

        feed(w, "distro-l2", "l2_current", 30.6, Unit.AMPERE);
        assertThat(alerts.active(BreakerLoad.RULE, "distro-l2", "l2_load").orElseThrow().message())
                .isEqualTo("L2 at 96 % of its 32 A breaker, close to tripping: shed load");
        feed(w, "distro-l2", "l2_current", 24.5, Unit.AMPERE); // 76.6 %: inside the hysteresis
        assertThat(alerts.active(BreakerLoad.RULE, "distro-l2", "l2_load")).isPresent();
        feed(w, "distro-l2", "l2_current", 23.0, Unit.AMPERE);
        assertThat(alerts.active(BreakerLoad.RULE, "distro-l2", "l2_load")).isEmpty();
    }

    @Test
    void aBreakerAlertSaysWhereTheLoadCanGo() {
        PowerWatch w = watch(TestShows.pzemDistro(MainsMode.GRID)); // 32 A breakers
        feed(w, "distro-l1", "l1_current", 12.8, Unit.AMPERE); // 40 %
        feed(w, "distro-l3", "l3_current", 19.2, Unit.AMPERE); // 60 %
        feed(w, "distro-l2", "l2_current", 27.2, Unit.AMPERE);
        assertThat(alerts.active(BreakerLoad.RULE, "distro-l2", "l2_load").orElseThrow().message())
                .isEqualTo("L2 at 85 % of its 32 A breaker: move load to L1, the lightest phase (40 %)");
        feed(w, "distro-l1", "l1_current", 24.6, Unit.AMPERE); // 77 %: no room left under 75 %
        feed(w, "distro-l3", "l3_current", 24.6, Unit.AMPERE);
        feed(w, "distro-l2", "l2_current", 27.5, Unit.AMPERE);
        assertThat(alerts.active(BreakerLoad.RULE, "distro-l2", "l2_load").orElseThrow().message())
                .isEqualTo("L2 at 86 % of its 32 A breaker: shed load");
    }

    @Test
    void generatorFrequencyLeavingItsWindow() {
        PowerWatch w = watch(TestShows.pzemDistro(MainsMode.GENERATOR));
        feed(w, "distro-l1", "frequency", 50.8, Unit.HERTZ); // a generator may wander ±2 %
        assertThat(alerts.active).isEmpty();
        feed(w, "distro-l1", "frequency", 51.4, Unit.HERTZ);
        RecordingAlerts.Raised a = alerts.active(MainsWindow.FREQUENCY_RULE, "mains", "frequency").orElseThrow();
        assertThat(a.message()).isEqualTo("Generator frequency 51.4 Hz, window 49.0-51.0 Hz, seen by Distro L1");
        assertThat(a.severity()).isEqualTo(Severity.WARNING);
        feed(w, "distro-l1", "frequency", 48.2, Unit.HERTZ); // swings to the other side, further out
        a = alerts.active(MainsWindow.FREQUENCY_RULE, "mains", "frequency").orElseThrow();
        assertThat(a.message()).startsWith("Generator frequency 48.2 Hz");
        assertThat(a.severity()).isEqualTo(Severity.CRITICAL);
        feed(w, "distro-l1", "frequency", 50.0, Unit.HERTZ);
        assertThat(alerts.active).isEmpty();
    }

    @Test
    void theSameFrequencyIsOutsideAGridWindow() {
        PowerWatch w = watch(TestShows.pzemDistro(MainsMode.GRID));
        feed(w, "distro-l1", "frequency", 50.8, Unit.HERTZ);
        assertThat(alerts.active(MainsWindow.FREQUENCY_RULE, "mains", "frequency").orElseThrow().message())
                .isEqualTo("Mains frequency 50.8 Hz, window 49.5-50.5 Hz, seen by Distro L1");
    }

    @Test
    void oneSupplyOneFrequencyOneAlertWhateverTheMetersThatSeeIt() {
        PowerWatch w = watch(TestShows.pzemDistro(MainsMode.GRID));
        for (String meter : List.of("distro-l1", "distro-l2", "distro-l3")) {
            feed(w, meter, "frequency", 50.9, Unit.HERTZ);
        }
        assertThat(alerts.active).containsOnlyKeys(MainsWindow.FREQUENCY_RULE + "/mains/frequency");
        assertThat(alerts.active(MainsWindow.FREQUENCY_RULE, "mains", "frequency").orElseThrow())
                .satisfies(a -> assertThat(a.severity()).isEqualTo(Severity.CRITICAL))
                .satisfies(a -> assertThat(a.message()).isEqualTo("Mains frequency 50.9 Hz, window 49.5-50.5 Hz, "
                        + "seen by Distro L1, Distro L2, Distro L3"));
        feed(w, "distro-l1", "frequency", 50.0, Unit.HERTZ);
        feed(w, "distro-l2", "frequency", 50.0, Unit.HERTZ);
        assertThat(alerts.active(MainsWindow.FREQUENCY_RULE, "mains", "frequency").orElseThrow().message())
                .endsWith("seen by Distro L3");
        feed(w, "distro-l3", "frequency", 50.0, Unit.HERTZ);
        assertThat(alerts.active).isEmpty();
    }

    @Test
    void ampHeatingAt3DegreesAMinuteWarnsBeforeItsLimit() {
        PowerWatch w = watch(TestShows.pzemDistro(MainsMode.GRID)); // amp-1-temp: warning 55 °C
        double c = 38;
        RecordingAlerts.Raised first = null;
        double firstAt = Double.NaN;
        while (c < 56) {
            clock.advance(Duration.ofSeconds(5));
            c += 0.25; // 3 °C per minute
            feed(w, "amp-1-temp", "temperature", c, Unit.CELSIUS);
            if (first == null && !alerts.raised(TemperatureWatch.TREND_RULE).isEmpty()) {
                first = alerts.raised(TemperatureWatch.TREND_RULE).get(0);
                firstAt = c;
            }
        }
        assertThat(first).as("a trend warning before 55 °C").isNotNull();
        assertThat(firstAt).isLessThan(55.0 - 3 * 3); // at least three minutes of warning
        assertThat(first.message()).matches("Amp 1 at \\d+\\.\\d °C, rising 3\\.0 °C/min: reaches its 55 °C limit in "
                + "about \\d+ min");
        assertThat(published).filteredOn(r -> r.metric().equals("temperature_trend")).last()
                .satisfies(r -> assertThat(r.value()).isCloseTo(3.0, within(0.01)));
        assertThat(alerts.active(TemperatureWatch.LIMIT_RULE, "amp-1-temp", "temperature").orElseThrow().message())
                .isEqualTo("Amp 1 at 56.0 °C, limit 55 °C"); // the reading now (the engine spaces the updates)
        assertThat(alerts.active(TemperatureWatch.TREND_RULE, "amp-1-temp", "temperature_trend")).isEmpty();
    }

    @Test
    void aSensorThatFellAfterAClimbIsNotCalledRising() {
        PowerWatch w = watch(TestShows.pzemDistro(MainsMode.GRID)); // amp-1-temp: warning 55 °C
        for (int i = 0; i <= 18; i++) { // 45 to 54 °C at 6 °C/min
            clock.advance(Duration.ofSeconds(5));
            feed(w, "amp-1-temp", "temperature", 45 + i * 0.5, Unit.CELSIUS);
        }
        assertThat(alerts.active(TemperatureWatch.TREND_RULE, "amp-1-temp", "temperature_trend")).isPresent();
        int before = alerts.raised(TemperatureWatch.TREND_RULE).size();
        for (int i = 0; i < 24; i++) { // the fans catch up: down to 46 °C and flat there for two minutes
            clock.advance(Duration.ofSeconds(5));
            feed(w, "amp-1-temp", "temperature", i < 2 ? 50 - i * 4 : 46, Unit.CELSIUS);
            if (i == 0) {
                published.clear(); // one reading lower is not yet a fall in a 30 s line
                continue;
            }
            assertThat(alerts.active(TemperatureWatch.TREND_RULE, "amp-1-temp", "temperature_trend"))
                    .as("%d s after the fall", i * 5).isEmpty();
        }
        assertThat(alerts.raised(TemperatureWatch.TREND_RULE)).hasSize(before);
        assertThat(published).filteredOn(r -> r.metric().equals("temperature_trend"))
                .allSatisfy(r -> assertThat(r.value()).isLessThanOrEqualTo(0.0));
    }

    @Test
    void aSaggingSupplyToTheControllerWarnsUntilTheFlagClears() {
        PowerWatch w = watch(TestShows.pzemDistro(MainsMode.GRID));
        feed(w, "pi", "under_voltage", 0, Unit.NONE);
        feed(w, "pi", "throttled", 0, Unit.NONE);
        assertThat(alerts.active).isEmpty();
        feed(w, "pi", "under_voltage", 1, Unit.NONE);
        feed(w, "pi", "throttled", 1, Unit.NONE);
        assertThat(alerts.active(PiFlags.UNDER_VOLTAGE_RULE, "pi", "under_voltage").orElseThrow())
                .satisfies(a -> assertThat(a.severity()).isEqualTo(Severity.WARNING))
                .satisfies(a -> assertThat(a.message()).isEqualTo("Controller (Pi) under-voltage: the Pi's supply is "
                        + "sagging: use the official supply or a shorter cable"));
        assertThat(alerts.active(PiFlags.THROTTLED_RULE, "pi", "throttled").orElseThrow().message())
                .isEqualTo("Controller (Pi) throttled: its firmware slowed it down for its sagging supply; rackd may "
                        + "answer late");
        feed(w, "pi", "under_voltage", 1, Unit.NONE);
        assertThat(alerts.raised(PiFlags.UNDER_VOLTAGE_RULE)).hasSize(1);
        feed(w, "pi", "under_voltage", 0, Unit.NONE);
        feed(w, "pi", "throttled", 0, Unit.NONE);
        assertThat(alerts.active).isEmpty();
    }

    @Test
    void minutesToLimitCountDownWhileHeating() {
        PowerWatch w = watch(TestShows.pzemDistro(MainsMode.GRID));
        for (int i = 0; i < 12; i++) {
            clock.advance(Duration.ofSeconds(10));
            feed(w, "amp-2-temp", "temperature", 40 + i * 0.1667, Unit.CELSIUS); // 1 °C/min
        }
        Reading minutes = published.stream().filter(r -> r.metric().equals("minutes_to_limit")).reduce((a, b) -> b)
                .orElseThrow();
        assertThat(minutes.value()).isCloseTo((55 - 41.83) / 1.0, within(0.5));
        assertThat(minutes.unit()).isEqualTo(Unit.MINUTE);
    }

    @Test
    void unevenPhasesAreCalledOut() {
        PowerWatch w = watch(TestShows.pzemDistro(MainsMode.GRID));
        feed(w, "distro-l1", "l1_current", 30, Unit.AMPERE);
        feed(w, "distro-l2", "l2_current", 12, Unit.AMPERE);
        feed(w, "distro-l3", "l3_current", 18, Unit.AMPERE);
        assertThat(alerts.active(PhaseBalance.RULE, "distro-l1", "imbalance").orElseThrow().message())
                .isEqualTo("Phase imbalance 50 % (L1 30.0 A, L2 12.0 A, L3 18.0 A), limit 40 %"); // critical at twice
        assertThat(published).filteredOn(r -> r.metric().equals("imbalance")).last()
                .satisfies(r -> assertThat(r.value()).isCloseTo(50, within(1e-9)));
    }

    @Test
    void neutralCarryingMoreThanItsShare() {
        PowerWatch w = watch(TestShows.sdmDistro(MainsMode.GRID));
        feed(w, "distro", "neutral_current", 27.0, Unit.AMPERE);
        assertThat(alerts.active(BreakerLoad.NEUTRAL_RULE, "distro", "neutral_current").orElseThrow().message())
                .isEqualTo("Neutral at 27.0 A, 84 % of the 32 A rating (switch-mode loads?)");
    }
}
