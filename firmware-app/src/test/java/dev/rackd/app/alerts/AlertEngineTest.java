package dev.rackd.app.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import dev.rackd.app.alerts.AlertEvent.Type;
import dev.rackd.app.fixtures.FakeRackState;
import dev.rackd.app.fixtures.MutableClock;
import dev.rackd.app.fixtures.TestShow;
import dev.rackd.app.state.StateStore;
import dev.rackd.config.AlertSettings.AlertRule;
import dev.rackd.config.AlertSettings.Direction;
import dev.rackd.config.ShowFile;
import dev.rackd.hal.Quality;
import dev.rackd.hal.Reading;
import dev.rackd.hal.Unit;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertEngineTest {
    private static final Instant T0 = Instant.parse("2026-11-21T20:00:00Z");
    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(T0);
    private final FakeRackState rack = new FakeRackState();
    private final List<AlertEvent> events = new CopyOnWriteArrayList<>();
    private final ShowFile show = TestShow.rack("foh").amp("amp-b", "Amp B", 4, Duration.ofSeconds(1))
            .offlineAfterPolls(3).build();
    private AlertEngine engine;

    private AlertEngine start() throws Exception {
        return start(show);
    }

    private AlertEngine start(ShowFile showFile) throws Exception {
        StateStore store = new StateStore(dir, 4 << 20, clock, p -> {});
        AlertEngine e = new AlertEngine(showFile, store, clock);
        e.addListener(events::add);
        e.start(rack);
        return e;
    }

    @AfterEach
    void stop() {
        if (engine != null) {
            engine.close();
        }
    }

    private void temperature(double celsius) {
        rack.push(Reading.good("amp-b", "ch3_temperature", celsius, Unit.CELSIUS, clock.instant()));
    }

    private void settle() throws Exception {
        engine.call(() -> null).get(5, TimeUnit.SECONDS);
    }

    @Test
    void aHotChannelRaisesInTheCrewsWordsAndAnAcknowledgeClosesItOnceCool() throws Exception {
        engine = start();
        for (int s = 0; s <= 10; s++) {
            clock.set(T0.plusSeconds(s));
            temperature(71);
        }
        settle();
        assertThat(events).hasSize(1);
        Alert a = events.getFirst().alert();
        assertThat(a.id()).isEqualTo("amp-b.ch3_temperature.high");
        assertThat(a.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(a.message()).isEqualTo("Amp B ch 3 at 71 °C, limit 70 °C");
        assertThat(a.raisedAt()).isEqualTo(T0.plusSeconds(10));

        clock.set(T0.plusSeconds(11));
        temperature(50);
        assertThat(engine.acknowledge(a.id(), "chief").get(5, TimeUnit.SECONDS)).isPresent();
        assertThat(events).extracting(AlertEvent::type).containsExactly(Type.RAISE, Type.CLEAR, Type.ACK);
        assertThat(engine.open().get()).isEmpty();
    }

    @Test
    void aHotChannelsAlertSaysTheTemperatureItIsAtNowWithoutAnUpdatePerReading() throws Exception {
        engine = start();
        int s = 0;
        for (; s <= 10; s++) { // critical at 71 °C once held for the rule's 10 s
            clock.set(T0.plusSeconds(s));
            temperature(71);
        }
        for (; s <= 40; s++) { // then 9 °C more in 30 s: the fans have failed
            clock.set(T0.plusSeconds(s));
            temperature(71 + (s - 10) * 0.3);
        }
        for (; s <= 100; s++) { // and it stays there, a reading's noise either side
            clock.set(T0.plusSeconds(s));
            temperature(s % 2 == 0 ? 80.2 : 79.8);
        }
        settle();
        events.removeIf(e -> !e.alert().id().equals("amp-b.ch3_temperature.high")); // the climb's rate alert aside

        Alert now = events.getLast().alert();
        assertThat(now.message()).isEqualTo("Amp B ch 3 at 80 °C, limit 70 °C");
        assertThat(now.value()).isEqualTo(80.0, within(1e-9));
        assertThat(now.raisedAt()).isEqualTo(T0.plusSeconds(10));
        assertThat(events.getFirst().alert().message()).as("the raise keeps what it fired at")
                .isEqualTo("Amp B ch 3 at 71 °C, limit 70 °C");
        // 90 readings past the limit: an update each 1.5 °C step, 5 s apart, none for the noise
        assertThat(events).extracting(AlertEvent::type).containsExactly(Type.RAISE, Type.UPDATE, Type.UPDATE,
                Type.UPDATE, Type.UPDATE, Type.UPDATE, Type.UPDATE);
        assertThat(events).extracting(e -> e.alert().severity()).containsOnly(Severity.CRITICAL);
    }

    @Test
    void aChannelThatCoolsClearsWithTheTemperatureItCooledToNotTheOneItWasHotAt() throws Exception {
        engine = start();
        int s = 0;
        for (; s <= 10; s++) { // a warning at 62 °C once held for the rule's 10 s
            clock.set(T0.plusSeconds(s));
            temperature(62);
        }
        clock.set(T0.plusSeconds(++s));
        temperature(58); // under 60 °C, not yet by the 3 °C hysteresis: still a warning
        clock.set(T0.plusSeconds(++s));
        temperature(56);
        settle();
        events.removeIf(e -> !e.alert().id().equals("amp-b.ch3_temperature.high"));

        assertThat(events).extracting(AlertEvent::type).containsExactly(Type.RAISE, Type.CLEAR);
        Alert cleared = events.getLast().alert();
        assertThat(cleared.message()).isEqualTo("Amp B ch 3 back at 56 °C, under its 60 °C limit");
        assertThat(cleared.value()).isEqualTo(56.0, within(1e-9));
        assertThat(cleared.severity()).isEqualTo(Severity.WARNING);
    }

    /** Amp B's channels latch: warning 55 °C, critical 62 °C, 2 °C hysteresis, no minimum duration. */
    private AlertEngine startLatching() throws Exception {
        return start(TestShow.rack("foh").amp("amp-b", "Amp B", 4, Duration.ofSeconds(1))
                .rule(new AlertRule("amp-*", "ch*_temperature", Direction.ABOVE, Optional.of(55.0), Optional.of(62.0),
                        2, Duration.ZERO, Optional.empty(), true))
                .build());
    }

    private void temperatureAt(int second, double celsius) {
        clock.set(T0.plusSeconds(second));
        temperature(celsius);
    }

    @Test
    void aLatchedCriticalThatCoolsToWarningStaysCriticalInWordsThatSayWhyAndBecomesAWarningOnceAcknowledged()
            throws Exception {
        engine = startLatching();
        temperatureAt(0, 63);
        temperatureAt(1, 61); // under 62 °C, within the hysteresis: still critical
        temperatureAt(2, 58); // a warning now: the alert says so at once and stays critical
        temperatureAt(8, 57);
        settle();
        String id = "amp-b.ch3_temperature.high";
        assertThat(events).extracting(AlertEvent::type, e -> e.alert().severity(), e -> e.alert().message())
                .containsExactly(
                        tuple(Type.RAISE, Severity.CRITICAL, "Amp B ch 3 at 63 °C, limit 62 °C"),
                        tuple(Type.UPDATE, Severity.CRITICAL, "Amp B ch 3 at 58 °C, limit 55 °C"
                                + " (was critical at 63 °C; stays critical until acknowledged)"),
                        tuple(Type.UPDATE, Severity.CRITICAL, "Amp B ch 3 at 57 °C, limit 55 °C"
                                + " (was critical at 63 °C; stays critical until acknowledged)"));
        assertThat(events.getLast().alert().value()).isEqualTo(57.0, within(1e-9));
        assertThat(events.getLast().alert().threshold()).isEqualTo(55.0, within(1e-9));

        events.clear();
        assertThat(engine.acknowledge(id, "chief").get(5, TimeUnit.SECONDS)).isPresent();
        temperatureAt(14, 56);
        temperatureAt(20, 52);
        settle();
        assertThat(events).extracting(AlertEvent::type, e -> e.alert().severity(), e -> e.alert().state(),
                e -> e.alert().message()).containsExactly(
                        tuple(Type.ACK, Severity.WARNING, AlertStatus.ACTIVE, "Amp B ch 3 at 57 °C, limit 55 °C"),
                        tuple(Type.UPDATE, Severity.WARNING, AlertStatus.ACTIVE, "Amp B ch 3 at 56 °C, limit 55 °C"),
                        tuple(Type.CLEAR, Severity.WARNING, AlertStatus.CLOSED,
                                "Amp B ch 3 back at 52 °C, under its 55 °C limit"));
    }

    @Test
    void aLatchedCriticalThatClearsSaysItStaysCriticalAndComesBackCriticalUntilAcknowledged() throws Exception {
        engine = startLatching();
        temperatureAt(0, 64);
        temperatureAt(1, 50);
        temperatureAt(2, 56); // back to a warning's level before anybody acknowledged
        settle();
        assertThat(events).extracting(AlertEvent::type, e -> e.alert().severity(), e -> e.alert().state(),
                e -> e.alert().message()).containsExactly(
                        tuple(Type.RAISE, Severity.CRITICAL, AlertStatus.ACTIVE, "Amp B ch 3 at 64 °C, limit 62 °C"),
                        tuple(Type.CLEAR, Severity.CRITICAL, AlertStatus.LATCHED, "Amp B ch 3 back at 50 °C, under"
                                + " its 55 °C limit (was critical at 64 °C; stays critical until acknowledged)"),
                        tuple(Type.RAISE, Severity.CRITICAL, AlertStatus.ACTIVE, "Amp B ch 3 at 56 °C, limit 55 °C"
                                + " (was critical at 64 °C; stays critical until acknowledged)"));
    }

    @Test
    void aRateAlertSaysHowFastTheValueMovesNowNotWhenItFired() throws Exception {
        engine = start(TestShow.rack("foh").amp("amp-b", "Amp B", 4, Duration.ofSeconds(1))
                .rule(new AlertRule("amp-*", "ch*_temperature", Direction.ABOVE, Optional.empty(), Optional.empty(),
                        0, Duration.ZERO, Optional.of(3.0), false))
                .build());
        double celsius = 40;
        for (int s = 0; s <= 150; s++) { // 6 °C a minute, then 12 from the 40th second
            clock.set(T0.plusSeconds(s));
            celsius += s <= 40 ? 0.1 : 0.2;
            temperature(celsius);
        }
        settle();
        assertThat(events.getFirst().alert().message()).isEqualTo("Amp B ch 3 rising 6 °C/min, limit 3 °C/min");
        Alert now = engine.open().get().getFirst();
        assertThat(now.value()).as("within a step (a tenth of the limit) of the slope now")
                .isCloseTo(12, within(0.3));
        assertThat(now.message()).matches("Amp B ch 3 rising 1[12](\\.\\d)? °C/min, limit 3 °C/min");
        assertThat(events).as("at most one update each 5 s").hasSizeLessThanOrEqualTo(1 + 110 / 5);

        for (int s = 151; s <= 240; s++) { // the fans are back: steady
            clock.set(T0.plusSeconds(s));
            temperature(celsius);
        }
        settle();
        Alert cleared = events.getLast().alert();
        assertThat(events.getLast().type()).isEqualTo(Type.CLEAR);
        assertThat(cleared.message()).as("the slope that cleared it, under 80 % of the limit")
                .matches("Amp B ch 3 rising [0-2](\\.\\d)? °C/min, back within its 3 °C/min limit");
        assertThat(cleared.value()).isLessThan(2.4);
    }

    @Test
    void aRateRuleAfterALimitsRuleForTheSameChannelsStillWarnsOfAFastClimb() throws Exception {
        // as in the example show file: limits for the amps' channels, then a rate for the same channels
        engine = start(TestShow.rack("foh").amp("amp-b", "Amp B", 4, Duration.ofSeconds(1))
                .rule(new AlertRule("amp-*", "ch*_temperature", Direction.ABOVE, Optional.of(55.0), Optional.of(62.0),
                        2, Duration.ofSeconds(10), Optional.empty(), false))
                .rule(new AlertRule("amp-*", "ch*_temperature", Direction.ABOVE, Optional.empty(), Optional.empty(),
                        0, Duration.ZERO, Optional.of(3.0), false))
                .build());
        for (int s = 0; s <= 40; s++) { // 6 °C a minute from 40 °C: a dead fan, still under the warning
            clock.set(T0.plusSeconds(s));
            temperature(40 + s / 10.0);
        }
        settle();
        assertThat(events).extracting(e -> e.alert().id()).containsExactly("amp-b.ch3_temperature.rate");

        for (int s = 41; s <= 160; s++) { // the climb stops, and the limits of the first rule still hold
            clock.set(T0.plusSeconds(s));
            temperature(56);
        }
        settle();
        assertThat(engine.open().get()).extracting(Alert::id, Alert::state).containsExactlyInAnyOrder(
                tuple("amp-b.ch3_temperature.rate", AlertStatus.CLEARED),
                tuple("amp-b.ch3_temperature.high", AlertStatus.ACTIVE));
    }

    @Test
    void aDeviceSilentForItsPollsGoesOfflineAndComesBackWithItsFirstGoodReading() throws Exception {
        engine = start();
        temperature(40);
        clock.set(T0.plusSeconds(3));
        engine.sweepNow().get();
        assertThat(events).isEmpty();
        clock.set(T0.plusSeconds(4));
        engine.sweepNow().get();
        assertThat(events).hasSize(1);
        assertThat(events.getFirst().alert().id()).isEqualTo("amp-b.offline");
        assertThat(events.getFirst().alert().severity()).isEqualTo(Severity.CRITICAL);
        assertThat(events.getFirst().alert().message()).isEqualTo("Amp B offline: no valid reading for 4 s");

        temperature(40);
        settle();
        assertThat(events.getLast().type()).isEqualTo(Type.CLEAR);
        assertThat(events.getLast().alert().message()).isEqualTo("Amp B back online");
    }

    @Test
    void aDriverSayingOfflineRaisesAtOnceWithItsReason() throws Exception {
        engine = start();
        rack.online("amp-b", false, "no answer from 127.0.0.1:1234");
        settle();
        assertThat(events.getFirst().alert().message()).isEqualTo("Amp B offline: no answer from 127.0.0.1:1234");
        rack.online("amp-b", true, null);
        settle();
        assertThat(events).extracting(AlertEvent::type, e -> e.alert().message()).containsExactly(
                tuple(Type.RAISE, "Amp B offline: no answer from 127.0.0.1:1234"),
                tuple(Type.CLEAR, "Amp B back online"));
    }

    @Test
    void aPulledAudioCardIsOneAlertItsDomainsNotASecondOfflineOne() throws Exception {
        engine = start();
        rack.online("audio", false, "capture gave 0 of 256 bytes after 30 blocks; retrying");
        engine.raise("audio_device", "audio", "online", Severity.CRITICAL, 0, 1,
                "Audio path down, nothing passes through rackd: capture gave 0 of 256 bytes");
        settle();
        assertThat(events).extracting(e -> e.alert().id()).containsExactly("audio.online.audio_device");
    }

    @Test
    void readingsWithoutAGoodValueForTheirPollsRaiseStale() throws Exception {
        engine = start();
        temperature(40);
        clock.set(T0.plusSeconds(5));
        rack.push(new Reading("amp-b", "ch3_temperature", 40, Unit.CELSIUS, clock.instant(), Quality.STALE));
        settle();
        assertThat(events).extracting(e -> e.alert().id()).containsExactly("amp-b.ch3_temperature.stale");
        assertThat(events.getFirst().alert().message())
                .isEqualTo("Amp B ch 3 temperature has had no valid reading for 5 s");
        clock.set(T0.plusSeconds(6));
        temperature(41);
        settle();
        assertThat(events.getLast().type()).isEqualTo(Type.CLEAR);
        assertThat(events.getLast().alert().message()).isEqualTo("Amp B ch 3 temperature reading again: 41 °C");
        assertThat(events.getLast().alert().value()).isEqualTo(41.0, within(1e-9));
    }

    @Test
    void aFaultThatKeepsItsNumberIsLeftToItsDomainNotCalledStale() throws Exception {
        engine = start();
        rack.push(new Reading("distro", "l1_voltage", 230, Unit.VOLT, clock.instant(), Quality.GOOD));
        for (int s = 1; s <= 10; s++) {
            clock.set(T0.plusSeconds(s));
            rack.push(new Reading("distro", "l1_voltage", 400, Unit.VOLT, clock.instant(), Quality.FAULT));
        }
        clock.set(T0.plusSeconds(11));
        rack.push(new Reading("distro", "l1_voltage", Double.NaN, Unit.VOLT, clock.instant(), Quality.FAULT));
        settle();
        assertThat(events).as("400 V beyond the meter's range is the power domain's critical, not a stale warning;"
                + " a garbled answer with no number is stale as before").extracting(e -> e.alert().id())
                .containsExactly("distro.l1_voltage.stale");
        assertThat(events.getFirst().alert().message()).as("raised by the garbled answer, not by the 400 V before it")
                .endsWith("has had no valid reading for 11 s");
    }

    @Test
    void aDomainRaisesAndClearsItsOwnAlerts() throws Exception {
        engine = start();
        engine.raise("window", "distro", "l1_voltage", Severity.CRITICAL, 262.0, 253.0, "Distro L1 at 262 V, limit 253 V");
        engine.clear("window", "distro", "l1_voltage");
        settle();
        assertThat(events).extracting(AlertEvent::type).containsExactly(Type.RAISE, Type.CLEAR);
        assertThat(events.getLast().alert().state()).as("critical domain alerts latch").isEqualTo(AlertStatus.LATCHED);
        assertThat(events.getFirst().alert().id()).isEqualTo("distro.l1_voltage.window");
    }

    @Test
    void historyCountsAndOpenAlertsSurviveARestartAndSequenceNumbersNeverRepeat() throws Exception {
        engine = start();
        engine.raise("window", "distro", "l1_voltage", Severity.WARNING, 250.0, 248.0, "high mains");
        engine.clear("window", "distro", "l1_voltage");
        engine.raise("window", "distro", "l1_voltage", Severity.WARNING, 250.0, 248.0, "high mains");
        settle();
        long lastSeq = events.getLast().seq();
        engine.close();

        events.clear();
        engine = start();
        assertThat(engine.open().get()).extracting(Alert::id, Alert::count).containsExactly(
                tuple("distro.l1_voltage.window", 2L));
        assertThat(engine.history(100, 0, null).get()).extracting(AlertEvent::type)
                .containsExactly(Type.RAISE, Type.CLEAR, Type.RAISE);
        engine.acknowledge("distro.l1_voltage.window", "chief").get();
        assertThat(events.getFirst().seq()).isGreaterThan(lastSeq);
    }
}
