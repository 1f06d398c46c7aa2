package dev.rackd.app.power;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rackd.app.alerts.Alert;
import dev.rackd.app.alerts.AlertEngine;
import dev.rackd.app.alerts.AlertEvent;
import dev.rackd.app.alerts.AlertEvent.Type;
import dev.rackd.app.alerts.AlertStatus;
import dev.rackd.app.alerts.Severity;
import dev.rackd.app.fixtures.FakeRackState;
import dev.rackd.app.fixtures.MutableClock;
import dev.rackd.app.state.StateStore;
import dev.rackd.config.MainsSettings.MainsMode;
import dev.rackd.config.ShowFile;
import dev.rackd.hal.Quality;
import dev.rackd.hal.Reading;
import dev.rackd.hal.Unit;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The power domain's alerts as the crew gets them from the alert engine: raise, updates, severity, clear. */
class PowerAlertsTest {
    private static final Instant T0 = Instant.parse("2026-06-01T18:00:00Z");
    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(T0);
    private final FakeRackState rack = new FakeRackState();
    private final List<AlertEvent> events = new CopyOnWriteArrayList<>();
    private AlertEngine engine;
    private PowerWatch watch;

    private void start(ShowFile show) throws Exception {
        engine = new AlertEngine(show, new StateStore(dir, 4 << 20, clock, p -> {}), clock);
        engine.addListener(events::add);
        engine.start(rack);
        watch = new PowerWatch(show, engine, r -> {}, out -> null, clock);
        rack.onReading(watch::accept);
    }

    @AfterEach
    void stop() {
        if (engine != null) {
            engine.close();
        }
    }

    private void feed(String device, String metric, double value, Unit unit) throws Exception {
        rack.push(Reading.good(device, metric, value, unit, clock.instant()));
        engine.call(() -> null).get(5, TimeUnit.SECONDS);
    }

    private List<Alert> of(String id, Type type) {
        return events.stream().filter(e -> e.alert().id().equals(id) && e.type() == type).map(AlertEvent::alert)
                .toList();
    }

    private Alert last(String id) {
        return events.stream().filter(e -> e.alert().id().equals(id)).reduce((a, b) -> b).orElseThrow().alert();
    }

    @Test
    void aSensorAlertNamesTheLimitInForceAndFollowsTheSensor() throws Exception {
        start(TestShows.pzemDistro(MainsMode.GRID)); // Amp 1: warning 55, critical 65, hysteresis 2
        String id = "amp-1-temp.temperature.temperature.limit";
        for (int i = 0; i <= 40; i++) { // climbing 4 °C in 100 s
            feed("amp-1-temp", "temperature", 55.3 + i * 0.1, Unit.CELSIUS);
            clock.advance(Duration.ofMillis(2600));
        }
        assertThat(of(id, Type.RAISE)).singleElement()
                .satisfies(a -> assertThat(a.message()).isEqualTo("Amp 1 at 55.3 °C, limit 55 °C"));
        assertThat(last(id).message()).isEqualTo("Amp 1 at 59.3 °C, limit 55 °C");
        assertThat(of(id, Type.UPDATE)).hasSize(4); // one a degree (a tenth of 55 to 65), not one per reading

        feed("amp-1-temp", "temperature", 66.2, Unit.CELSIUS);
        assertThat(last(id)).satisfies(a -> {
            assertThat(a.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(a.threshold()).isEqualTo(65.0);
            assertThat(a.message()).isEqualTo("Amp 1 at 66.2 °C, limit 65 °C");
        });
        clock.advance(Duration.ofSeconds(5));
        feed("amp-1-temp", "temperature", 70.0, Unit.CELSIUS);
        assertThat(last(id).message()).isEqualTo("Amp 1 at 70.0 °C, limit 65 °C");

        clock.advance(Duration.ofSeconds(1));
        feed("amp-1-temp", "temperature", 64.0, Unit.CELSIUS); // within the 2 °C hysteresis: still critical
        assertThat(last(id).severity()).isEqualTo(Severity.CRITICAL);
        feed("amp-1-temp", "temperature", 62.5, Unit.CELSIUS);
        assertThat(last(id)).satisfies(a -> {
            assertThat(a.severity()).isEqualTo(Severity.WARNING);
            assertThat(a.state()).isEqualTo(AlertStatus.ACTIVE);
            assertThat(a.threshold()).isEqualTo(55.0);
            assertThat(a.message()).isEqualTo("Amp 1 at 62.5 °C, limit 55 °C");
        });
        feed("amp-1-temp", "temperature", 52.8, Unit.CELSIUS);
        assertThat(of(id, Type.CLEAR)).singleElement().satisfies(a -> {
            assertThat(a.value()).isEqualTo(52.8);
            assertThat(a.message()).isEqualTo("Amp 1 at 52.8 °C, limit 55 °C");
        });
    }

    @Test
    void aBreakerHoveringBetween80And89PercentIsNotAStreamOfUpdates() throws Exception {
        start(TestShows.pzemDistro(MainsMode.GRID)); // 32 A breakers
        String id = "distro-l2.l2_load.power.breaker";
        double[] percents = {83, 81, 85, 88, 80.5, 86, 89, 84, 82};
        for (int s = 0; s < 48; s++) {
            feed("distro-l2", "l2_current", percents[s % percents.length] * 0.32, Unit.AMPERE);
            clock.advance(Duration.ofSeconds(1));
        }
        List<Alert> updates = of(id, Type.UPDATE);
        assertThat(of(id, Type.RAISE)).hasSize(1);
        assertThat(updates).hasSizeLessThanOrEqualTo(48 / 5); // at most one every 5 s (was 42)
        assertThat(updates).isNotEmpty()
                .allSatisfy(a -> assertThat(a.message()).matches("L2 at 8\\d % of its 32 A breaker: shed load"));
    }

    @Test
    void severitiesFallOnceClearOfTheHysteresisAndTheClearSaysTheReadingThatClearedIt() throws Exception {
        start(TestShows.pzemDistro(MainsMode.GRID));
        String load = "distro-l2.l2_load.power.breaker";
        feed("distro-l2", "l2_current", 30.7, Unit.AMPERE); // 96 %
        assertThat(last(load).severity()).isEqualTo(Severity.CRITICAL);
        assertThat(last(load).threshold()).isEqualTo(95.0);
        feed("distro-l2", "l2_current", 25.0, Unit.AMPERE); // 78 %
        assertThat(last(load)).satisfies(a -> {
            assertThat(a.severity()).isEqualTo(Severity.WARNING);
            assertThat(a.message()).isEqualTo("L2 at 78 % of its 32 A breaker: shed load");
        });

        String volts = "distro-l2.l2_voltage.power.voltage";
        feed("distro-l2", "l2_voltage", 268, Unit.VOLT);
        assertThat(last(volts).severity()).isEqualTo(Severity.CRITICAL);
        feed("distro-l2", "l2_voltage", 252, Unit.VOLT); // inside the window, within 2.3 V of its edge
        assertThat(last(volts)).satisfies(a -> {
            assertThat(a.severity()).isEqualTo(Severity.WARNING);
            assertThat(a.threshold()).isEqualTo(253.0); // not 253.00000000000003
        });
        feed("distro-l2", "l2_voltage", 200, Unit.VOLT); // a sag
        feed("distro-l2", "l2_voltage", 206, Unit.VOLT);
        feed("distro-l2", "l2_voltage", 210, Unit.VOLT);
        assertThat(of(volts, Type.CLEAR)).singleElement().satisfies(a -> {
            assertThat(a.value()).isEqualTo(210.0);
            assertThat(a.message()).isEqualTo("L2 voltage 210 V, window 207-253 V");
        });
    }

    private void fault(String device, String metric, double value) throws Exception {
        rack.push(new Reading(device, metric, value, Unit.VOLT, clock.instant(), Quality.FAULT));
        engine.call(() -> null).get(5, TimeUnit.SECONDS);
    }

    @Test
    void aVoltageBeyondTheMeterIsCriticalFromTheSecondReadingInARowAndClearsWithAGoodOne() throws Exception {
        start(TestShows.pzemDistro(MainsMode.GRID));
        String id = "distro-l1.l1_voltage.power.voltage";
        feed("distro-l1", "l1_voltage", 231, Unit.VOLT);
        fault("distro-l1", "l1_voltage", 400); // one corrupted answer
        feed("distro-l1", "l1_voltage", 231, Unit.VOLT);
        fault("distro-l1", "l1_voltage", 400);
        fault("distro-l1", "l1_voltage", Double.NaN); // a corrupted answer ends the run too
        fault("distro-l1", "l1_voltage", 400);
        assertThat(of(id, Type.RAISE)).isEmpty();

        clock.advance(Duration.ofSeconds(1));
        fault("distro-l1", "l1_voltage", 400);
        assertThat(of(id, Type.RAISE)).singleElement().satisfies(a -> {
            assertThat(a.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(a.value()).isEqualTo(400.0);
            assertThat(a.threshold()).isEqualTo(260.0);
            assertThat(a.message()).isEqualTo("L1 voltage reads 400 V, beyond what the meter measures (80-260 V): "
                    + "check the supply (lost neutral?) and the meter");
        });
        feed("distro-l2", "l2_voltage", 60, Unit.VOLT); // the lost neutral's other side
        feed("distro-l3", "l3_voltage", 231, Unit.VOLT);
        assertThat(watch.mainsProblem()).hasValueSatisfying(p -> assertThat(p).startsWith("L1 voltage reads 400 V"));

        clock.advance(Duration.ofSeconds(1));
        feed("distro-l1", "l1_voltage", 230, Unit.VOLT);
        assertThat(of(id, Type.CLEAR)).singleElement().satisfies(a -> {
            assertThat(a.value()).isEqualTo(230.0);
            assertThat(a.message()).isEqualTo("L1 voltage 230 V, window 207-253 V");
        });
    }

    @Test
    void aVoltageBeyondTheMeterAfterAHighOneStaysOneAlertAndFallsBackToTheWindow() throws Exception {
        start(TestShows.pzemDistro(MainsMode.GRID));
        String id = "distro-l1.l1_voltage.power.voltage";
        feed("distro-l1", "l1_voltage", 258, Unit.VOLT);
        assertThat(last(id).severity()).isEqualTo(Severity.WARNING);
        fault("distro-l1", "l1_voltage", 410);
        fault("distro-l1", "l1_voltage", 410);
        assertThat(last(id).severity()).isEqualTo(Severity.CRITICAL);
        assertThat(last(id).message()).startsWith("L1 voltage reads 410 V, beyond what the meter measures (80-260 V)");
        feed("distro-l1", "l1_voltage", 258, Unit.VOLT);
        assertThat(last(id)).satisfies(a -> {
            assertThat(a.severity()).isEqualTo(Severity.WARNING);
            assertThat(a.message()).isEqualTo("L1 voltage 258 V, window 207-253 V");
        });
        assertThat(of(id, Type.RAISE)).hasSize(1);
    }

    @Test
    void aDeadPhaseBelowWhatTheMeterMeasuresIsACriticalSag() throws Exception {
        start(TestShows.pzemDistro(MainsMode.GRID));
        String id = "distro-l3.l3_voltage.power.voltage";
        feed("distro-l3", "l3_voltage", 0, Unit.VOLT);
        assertThat(last(id)).satisfies(a -> {
            assertThat(a.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(a.threshold()).isEqualTo(195.5);
            assertThat(a.message()).isEqualTo("L3 voltage 0 V, window 207-253 V");
        });
        clock.advance(Duration.ofSeconds(6));
        feed("distro-l3", "l3_voltage", 60, Unit.VOLT);
        assertThat(last(id).severity()).isEqualTo(Severity.CRITICAL);
        assertThat(last(id).message()).isEqualTo("L3 voltage 60 V, window 207-253 V");
    }
}
