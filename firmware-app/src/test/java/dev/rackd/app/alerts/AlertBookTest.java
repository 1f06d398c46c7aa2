package dev.rackd.app.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rackd.app.alerts.AlertEvent.Type;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AlertBookTest {
    private static final Instant T0 = Instant.parse("2026-11-21T20:00:00Z");
    private final List<AlertEvent> events = new ArrayList<>();
    private final AtomicLong seq = new AtomicLong();
    private AlertBook book = new AlertBook(List.of(), Map.of(), seq::incrementAndGet, events::add, T0);

    private static Condition hot(Severity s, boolean latch) {
        return new Condition("amp-b.ch3_temperature.high", "high", "amp-b", "ch3_temperature", s, 71.0, 65.0, "°C",
                "Amp B ch 3 at 71 °C, limit 65 °C", latch);
    }

    private static Instant at(int s) {
        return T0.plusSeconds(s);
    }

    private List<String> story() {
        return events.stream().map(e -> e.type() + " " + e.alert().severity() + " " + e.alert().state()).toList();
    }

    @Test
    void aWarningIsRaisedOnceClearedAndClosedByAnAcknowledge() {
        book.hold(hot(Severity.WARNING, true), at(0));
        book.hold(hot(Severity.WARNING, true), at(1));
        book.release("amp-b.ch3_temperature.high", at(2));
        assertThat(book.open()).extracting(Alert::state).containsExactly(AlertStatus.CLEARED);
        book.acknowledge("amp-b.ch3_temperature.high", "chief", at(3));

        assertThat(story()).containsExactly("RAISE WARNING ACTIVE", "CLEAR WARNING CLEARED", "ACK WARNING CLOSED");
        assertThat(events).extracting(AlertEvent::seq).containsExactly(1L, 2L, 3L);
        assertThat(events.get(2).alert().ackedBy()).isEqualTo("chief");
        assertThat(book.open()).isEmpty();
    }

    private static Condition on(String id, Severity s, boolean latch) {
        return new Condition(id, "high", id.substring(0, id.indexOf('.')), "x", s, 1.0, 1.0, "", id, latch);
    }

    @Test
    void theOpenListPutsWhatStillHoldsFirstAndWhatOnlyWaitsForAnAcknowledgeLast() {
        book.hold(on("amp-b.latched", Severity.CRITICAL, true), at(0));
        book.release("amp-b.latched", at(1));
        book.hold(on("rx-1.cleared", Severity.CRITICAL, false), at(2));
        book.release("rx-1.cleared", at(3));
        book.hold(on("seq.warning", Severity.WARNING, false), at(4));
        book.hold(on("distro.critical", Severity.CRITICAL, false), at(5));
        assertThat(book.open()).extracting(Alert::id).containsExactly("distro.critical", "amp-b.latched",
                "seq.warning", "rx-1.cleared");
    }

    @Test
    void aLatchingCriticalStaysActiveAfterItsConditionGoesUntilSomebodyAcknowledges() {
        book.hold(hot(Severity.CRITICAL, true), at(0));
        book.release("amp-b.ch3_temperature.high", at(5));
        assertThat(book.open()).extracting(Alert::state).containsExactly(AlertStatus.LATCHED);
        assertThat(book.open().getFirst().state().isActive()).isTrue();
        book.acknowledge("amp-b.ch3_temperature.high", "chief", at(9));
        assertThat(story()).containsExactly("RAISE CRITICAL ACTIVE", "CLEAR CRITICAL LATCHED", "ACK CRITICAL CLOSED");
    }

    @Test
    void aLatchedCriticalThatCoolsToWarningShowsCriticalUntilAcknowledgedThenWarning() {
        book.hold(hot(Severity.CRITICAL, true), at(0));
        book.hold(hot(Severity.WARNING, true), at(1));
        assertThat(book.open().getFirst().severity()).isEqualTo(Severity.CRITICAL);
        book.acknowledge("amp-b.ch3_temperature.high", "chief", at(2));
        assertThat(book.open().getFirst().severity()).isEqualTo(Severity.WARNING);
        assertThat(story()).containsExactly("RAISE CRITICAL ACTIVE", "ACK WARNING ACTIVE");
    }

    @Test
    void withoutLatchACriticalThatClearsIsOnlyWaitingForItsAcknowledge() {
        book.hold(hot(Severity.CRITICAL, false), at(0));
        book.release("amp-b.ch3_temperature.high", at(1));
        assertThat(book.open()).extracting(Alert::state).containsExactly(AlertStatus.CLEARED);
        assertThat(book.open().getFirst().state().isActive()).isFalse();
    }

    @Test
    void escalationAfterAnAcknowledgeAsksForANewOne() {
        book.hold(hot(Severity.WARNING, true), at(0));
        book.acknowledge("amp-b.ch3_temperature.high", "chief", at(1));
        book.hold(hot(Severity.CRITICAL, true), at(2));
        assertThat(story()).containsExactly("RAISE WARNING ACTIVE", "ACK WARNING ACTIVE", "UPDATE CRITICAL ACTIVE");
        assertThat(book.open().getFirst().ackedBy()).isNull();
    }

    @Test
    void countsHowOftenAnAlertFiredAcrossClosing() {
        for (int i = 0; i < 3; i++) {
            book.hold(hot(Severity.WARNING, false), at(i * 10));
            book.release("amp-b.ch3_temperature.high", at(i * 10 + 1));
            book.acknowledge("amp-b.ch3_temperature.high", "chief", at(i * 10 + 2));
        }
        assertThat(book.counts()).containsEntry("amp-b.ch3_temperature.high", 3L);
        assertThat(events.getLast().alert().count()).isEqualTo(3);
    }

    @Test
    void aFlappingAlertHoldsItsClearUntilTheConditionStaysAway() {
        for (int i = 0; i < AlertBook.FLAP_RAISES; i++) {
            book.hold(hot(Severity.WARNING, false), at(i * 10));
            book.release("amp-b.ch3_temperature.high", at(i * 10 + 5));
        }
        long raisesBefore = events.stream().filter(e -> e.type() == Type.RAISE).count();
        assertThat(events.getLast().type()).as("fifth clear held back").isEqualTo(Type.RAISE);
        assertThat(events.getLast().alert().flapping()).isTrue();

        book.hold(hot(Severity.WARNING, false), at(60)); // back again within the hold: no new raise
        book.release("amp-b.ch3_temperature.high", at(65));
        book.tick(at(65).plus(AlertBook.FLAP_HOLD).minusSeconds(1));
        assertThat(events.stream().filter(e -> e.type() == Type.RAISE).count()).isEqualTo(raisesBefore);
        assertThat(events.getLast().type()).isEqualTo(Type.RAISE);

        book.tick(at(65).plus(AlertBook.FLAP_HOLD));
        assertThat(events.getLast().type()).isEqualTo(Type.CLEAR);
        assertThat(events.getLast().time()).as("cleared when the condition went").isEqualTo(at(65));
    }

    @Test
    void infoAlertsCloseByThemselves() {
        book.hold(new Condition("pi.notch", "notch", "pi", "", Severity.INFO, null, null, "", "notch placed", false),
                at(0));
        book.release("pi.notch", at(1));
        assertThat(events.getLast().alert().state()).isEqualTo(AlertStatus.CLOSED);
        assertThat(book.open()).isEmpty();
    }

    @Test
    void acknowledgeAllTouchesOnlyWhatNobodyAcknowledged() {
        book.hold(hot(Severity.WARNING, false), at(0));
        book.hold(new Condition("amp-a.offline", "offline", "amp-a", "", Severity.CRITICAL, null, null, "",
                "Amp A offline", false), at(1));
        book.acknowledge("amp-a.offline", "tech", at(2));
        List<Alert> acked = book.acknowledgeAll("chief", at(3));
        assertThat(acked).extracting(Alert::id).containsExactly("amp-b.ch3_temperature.high");
        assertThat(book.open()).extracting(Alert::ackedBy).containsExactlyInAnyOrder("tech", "chief");
    }

    @Test
    void restoredActiveAlertsThatNobodyConfirmsClearAfterTheGrace() {
        book.hold(hot(Severity.WARNING, false), at(0));
        List<Alert> saved = book.open();
        events.clear();
        book = new AlertBook(saved, book.counts(), seq::incrementAndGet, events::add, at(100));
        book.tick(at(100).plus(AlertBook.RESTORE_GRACE).minusSeconds(1));
        assertThat(events).isEmpty();
        book.tick(at(100).plus(AlertBook.RESTORE_GRACE));
        assertThat(story()).containsExactly("CLEAR WARNING CLEARED");
        assertThat(events.getFirst().alert().count()).isEqualTo(1);
    }

    @Test
    void restoredAlertsThatAreConfirmedStayWithoutANewRaise() {
        book.hold(hot(Severity.WARNING, false), at(0));
        List<Alert> saved = book.open();
        events.clear();
        book = new AlertBook(saved, book.counts(), seq::incrementAndGet, events::add, at(100));
        book.hold(hot(Severity.WARNING, false), at(101));
        book.tick(at(100).plus(Duration.ofHours(1)));
        assertThat(events).isEmpty();
    }

    @Test
    void aDomainReRaisingWithNewWordsUpdatesTheAlertButTheSameWordsChangeNothing() {
        Condition at86 = new Condition("distro.l2_load.power_breaker", "power.breaker", "distro", "l2_load",
                Severity.WARNING, 86.0, 80.0, "%", "L2 at 86 % of its 32 A breaker", true);
        Condition at87 = new Condition(at86.id(), at86.rule(), "distro", "l2_load", Severity.WARNING, 87.0, 80.0, "%",
                "L2 at 87 % of its 32 A breaker", true);
        book.holdAndRefresh(at86, at(0));
        book.holdAndRefresh(at86, at(1));
        book.holdAndRefresh(at87, at(2));
        assertThat(story()).containsExactly("RAISE WARNING ACTIVE", "UPDATE WARNING ACTIVE");
        assertThat(book.open().getFirst().message()).isEqualTo("L2 at 87 % of its 32 A breaker");
        assertThat(book.open().getFirst().value()).isEqualTo(87.0);
    }

    private static Condition amp(double celsius) {
        return new Condition("amp-b.ch2_temperature.high", "high", "amp-b", "ch2_temperature", Severity.CRITICAL,
                celsius, 85.0, "°C", "Amp B ch 2 at " + AlertWords.number(celsius) + " °C, limit 85 °C", true);
    }

    @Test
    void aLevelAlertFollowsItsValueByMeaningfulStepsAtMostEveryFewSeconds() {
        book.holdAndFollow(amp(86), 1, at(0));
        book.holdAndFollow(amp(86.6), 1, at(6)); // within a step: the phone may say 86
        book.holdAndFollow(amp(93), 1, at(8)); // a real move, but the last event is 8 s old: now
        book.holdAndFollow(amp(93.4), 1, at(9));
        book.holdAndFollow(amp(95), 1, at(10)); // too soon after the last update
        book.holdAndFollow(amp(95), 1, at(13)); // the same reading again once the gap has passed
        assertThat(story()).containsExactly("RAISE CRITICAL ACTIVE", "UPDATE CRITICAL ACTIVE",
                "UPDATE CRITICAL ACTIVE");
        assertThat(events).extracting(e -> e.alert().message()).containsExactly("Amp B ch 2 at 86 °C, limit 85 °C",
                "Amp B ch 2 at 93 °C, limit 85 °C", "Amp B ch 2 at 95 °C, limit 85 °C");
        assertThat(book.open().getFirst().value()).isEqualTo(95.0);
        assertThat(book.open().getFirst().raisedAt()).isEqualTo(at(0));
    }

    @Test
    void aRestoredAlertShowsTheValueNowWithItsFirstReading() {
        book.holdAndFollow(amp(86), 1, at(0));
        List<Alert> saved = book.open();
        events.clear();
        book = new AlertBook(saved, book.counts(), seq::incrementAndGet, events::add, at(100));
        book.holdAndFollow(amp(91), 1, at(101));
        assertThat(events).extracting(e -> e.type() + " " + e.alert().message())
                .containsExactly("UPDATE Amp B ch 2 at 91 °C, limit 85 °C");
    }
}
