package dev.rackd.app.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.rackd.app.command.CommandException;
import dev.rackd.app.command.ErrorCode;
import dev.rackd.app.fixtures.MutableClock;
import dev.rackd.config.MainsSettings.MainsMode;
import dev.rackd.config.SequenceStep;
import dev.rackd.config.ShowFile;
import dev.rackd.hal.Reading;
import dev.rackd.hal.Unit;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Amp relays switched in steps, guarded by the mains window and the breakers. */
class PowerSequencerTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T18:00:00Z"));
    private final RecordingAlerts alerts = new RecordingAlerts();
    private final List<String> switched = new CopyOnWriteArrayList<>();
    private final List<SequenceStatus> statuses = new CopyOnWriteArrayList<>();
    private final ShowFile show = TestShows.pzemDistro(MainsMode.GRID);
    private final PowerWatch watch = new PowerWatch(show, alerts, r -> { }, out -> null, clock);
    private final PowerSequencer sequencer = sequencer(() -> { });

    /** @param afterFirst what happens in the rack right after relay 1 closes */
    private PowerSequencer sequencer(Runnable afterFirst) {
        return new PowerSequencer(show.sequence(), Map.of(
                "relay-1", on -> {
                    switched.add("relay-1 " + on);
                    afterFirst.run();
                },
                "relay-2", on -> switched.add("relay-2 " + on),
                "relay-3", on -> switched.add("relay-3 " + on)),
                watch::stepBlocker, watch::mainsProblem, statuses::add, new AlertSink(alerts));
    }

    private void mains(double volts, double amps) {
        for (int p = 1; p <= 3; p++) {
            watch.accept(Reading.good("distro-l" + p, "l" + p + "_voltage", volts, Unit.VOLT, clock.instant()));
            watch.accept(Reading.good("distro-l" + p, "l" + p + "_current", amps, Unit.AMPERE, clock.instant()));
            watch.accept(Reading.good("distro-l" + p, "frequency", 50.0, Unit.HERTZ, clock.instant()));
        }
    }

    @Test
    void refusedAt190Volts() {
        mains(190, 2);
        assertThatThrownBy(() -> sequencer.start(true)).isInstanceOfSatisfying(CommandException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.REFUSED);
            assertThat(e.getMessage()).isEqualTo("Step 1 (Amps A) not switched: L1 voltage 190 V, window 207-253 V");
        });
        assertThat(switched).isEmpty();
        assertThat(sequencer.status().state()).isEqualTo("refused");
        assertThat(alerts.active(PowerSequencer.RULE, "sequence", "step").orElseThrow().message())
                .contains("Power-on refused", "190 V");
    }

    /** Steps 1 and 2 feed amp-a and amp-b, which must answer within 300 ms of their power. */
    private PowerSequencer withAmps(java.util.Set<String> online, Runnable afterFirst) {
        List<SequenceStep> steps = List.of(
                new SequenceStep("relay-1", "Amps A", Duration.ofMillis(150), List.of("amp-a"), Duration.ofMillis(300)),
                new SequenceStep("relay-2", "Amps B", Duration.ofMillis(150), List.of("amp-b"), Duration.ofMillis(300)),
                new SequenceStep("relay-3", "Subs", Duration.ofMillis(150)));
        Map<String, Relay> relays = Map.of("relay-1", on -> afterFirst.run(), "relay-2", on -> { },
                "relay-3", on -> { });
        return new PowerSequencer(steps, relays,
                watch::stepBlocker, watch::mainsProblem, statuses::add, new AlertSink(alerts), online::contains);
    }

    @Test
    void anAmpThatDoesNotComeUpIsNamedWithoutStoppingTheSequenceAndClearsOnceOnline() throws Exception {
        mains(231, 5);
        var online = java.util.concurrent.ConcurrentHashMap.<String>newKeySet();
        PowerSequencer s = withAmps(online, () -> online.add("amp-a")); // amp-a boots in time, amp-b never does
        s.start(true);
        await().atMost(Duration.ofSeconds(5)).until(() -> s.status().state().equals("done"));
        await().atMost(Duration.ofSeconds(5)).until(() -> alerts.active(AmpComeUp.RULE, "amp-b", "online")
                .isPresent());
        var late = alerts.active(AmpComeUp.RULE, "amp-b", "online").orElseThrow();
        assertThat(late.severity()).isEqualTo(dev.rackd.app.alerts.Severity.WARNING);
        assertThat(late.message()).isEqualTo("Step 2 (Amps B): amp-b did not come up within 300 ms of its power;"
                + " check its mains switch and breaker");
        assertThat(s.status().message()).isEqualTo("all 3 steps on");
        assertThat(alerts.raised(AmpComeUp.RULE)).extracting(RecordingAlerts.Raised::deviceId)
                .containsExactly("amp-b");

        online.add("amp-b");
        s.amp("amp-b", true);
        assertThat(alerts.active(AmpComeUp.RULE, "amp-b", "online")).isEmpty();
        s.shutdown();
    }

    @Test
    void anAmpOnlineBeforeItsRelayClosedIsNotWaitedFor() throws Exception {
        mains(231, 5);
        var online = java.util.concurrent.ConcurrentHashMap.<String>newKeySet();
        online.add("amp-a");
        PowerSequencer s = withAmps(online, () -> { });
        s.start(true);
        await().atMost(Duration.ofSeconds(5)).until(() -> s.status().state().equals("done"));
        online.remove("amp-a"); // gone again later: the offline alert's business, not the sequence's
        Thread.sleep(700);
        assertThat(alerts.raised(AmpComeUp.RULE)).extracting(RecordingAlerts.Raised::deviceId)
                .containsExactly("amp-b");
        s.shutdown();
    }

    @Test
    void anAmpLateToComeUpIsNoLongerLateOnceItsStepIsOff() throws Exception {
        mains(231, 5);
        PowerSequencer s = withAmps(java.util.Set.of(), () -> { });
        s.start(true);
        await().atMost(Duration.ofSeconds(5)).until(() -> alerts.active(AmpComeUp.RULE, "amp-b", "online")
                .isPresent());
        s.start(false);
        await().atMost(Duration.ofSeconds(5)).until(() -> s.status().state().equals("done"));
        assertThat(alerts.active(AmpComeUp.RULE, "amp-a", "online")).isEmpty();
        assertThat(alerts.active(AmpComeUp.RULE, "amp-b", "online")).isEmpty();
        s.shutdown();
    }

    @Test
    void onInOrderWithItsDelaysAndOffInReverse() throws Exception {
        mains(231, 5);
        long t0 = System.nanoTime();
        assertThat(sequencer.start(true).state()).isEqualTo("running");
        await().atMost(Duration.ofSeconds(15)).until(() -> sequencer.status().state().equals("done"));
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(switched).containsExactly("relay-1 true", "relay-2 true", "relay-3 true");
        switched.clear();
        sequencer.start(false);
        await().atMost(Duration.ofSeconds(15)).until(() -> sequencer.status().state().equals("done"));
        assertThat(switched).containsExactly("relay-3 false", "relay-2 false", "relay-1 false");
        assertThat(statuses).extracting(SequenceStatus::state).contains("running", "done");
        // the last status alone tells every step, even if the retained topic kept only it
        assertThat(statuses.getLast().switched())
                .containsExactly("Step 3 (Subs) off", "Step 2 (Amps B) off", "Step 1 (Amps A) off");
    }

    @Test
    void aPhaseOverItsWarningStopsTheNextStepAndSaysWhich() throws Exception {
        mains(231, 5);
        PowerSequencer s = sequencer(() -> watch.accept(
                Reading.good("distro-l2", "l2_current", 27.5, Unit.AMPERE, clock.instant()))); // the load stayed up
        s.start(true);
        await().atMost(Duration.ofSeconds(15)).until(() -> s.status().state().equals("stopped"));
        assertThat(s.status().message())
                .isEqualTo("Step 2 (Amps B) not switched: L2 at 86 % of its 32 A breaker, over the 80 % limit");
        assertThat(switched).containsExactly("relay-1 true"); // what is on stays on
        // the status is published first, the alert raised just after it
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(alerts.active(PowerSequencer.RULE,
                "sequence", "step").orElseThrow().message()).startsWith("Power-on sequence stopped. Step 2 (Amps B)"));
    }

    @Test
    void metersFallingSilentDuringAStepStopIt() throws Exception {
        mains(231, 5);
        PowerSequencer s = sequencer(() -> clock.advance(Duration.ofSeconds(30))); // no reading since
        s.start(true);
        await().atMost(Duration.ofSeconds(15)).until(() -> s.status().state().equals("stopped"));
        assertThat(s.status().message())
                .isEqualTo("stopped after Step 1 (Amps A): no fresh mains reading from the meters");
        assertThat(switched).containsExactly("relay-1 true");
    }

    @Test
    void aPhaseWithItsMeterOfflineRefusesPowerOnAndNamesIt() {
        mains(231, 5);
        clock.advance(Duration.ofSeconds(6));
        for (int p = 1; p <= 2; p++) { // L3's meter stopped answering; L1 and L2 read on
            watch.accept(Reading.good("distro-l" + p, "l" + p + "_voltage", 231, Unit.VOLT, clock.instant()));
            watch.accept(Reading.good("distro-l" + p, "l" + p + "_current", 5, Unit.AMPERE, clock.instant()));
        }
        watch.online("distro-l3", false, "no answer from Modbus address 3 on /dev/ttyUSB0");
        assertThatThrownBy(() -> sequencer.start(true))
                .hasMessage("Step 1 (Amps A) not switched: L3 has no fresh reading (Distro L3 offline)");
        assertThat(switched).isEmpty();
    }

    @Test
    void aPhaseGoingQuietDuringPowerOnStopsItBeforeTheNextStep() throws Exception {
        mains(231, 5);
        PowerSequencer s = sequencer(() -> {
            clock.advance(Duration.ofSeconds(6));
            for (int p = 1; p <= 2; p++) {
                watch.accept(Reading.good("distro-l" + p, "l" + p + "_voltage", 231, Unit.VOLT, clock.instant()));
            }
        });
        s.start(true);
        await().atMost(Duration.ofSeconds(15)).until(() -> s.status().state().equals("stopped"));
        assertThat(s.status().message()).isEqualTo("stopped after Step 1 (Amps A): L3 has no fresh reading");
        assertThat(switched).containsExactly("relay-1 true");
    }

    @Test
    void oneSequenceAtATime() throws Exception {
        mains(231, 5);
        sequencer.start(true);
        assertThatThrownBy(() -> sequencer.start(true)).isInstanceOfSatisfying(CommandException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.BUSY));
        await().atMost(Duration.ofSeconds(15)).until(() -> sequencer.status().state().equals("done"));
        sequencer.start(false);
        assertThatThrownBy(() -> sequencer.start(false)).isInstanceOfSatisfying(CommandException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.BUSY)); // off is not cut short by another off
        await().atMost(Duration.ofSeconds(15)).until(() -> sequencer.status().state().equals("done"));
    }

    @Test
    void unwiredRelaysAreRefusedNotPretended() {
        mains(231, 5);
        PowerSequencer unwired = new PowerSequencer(show.sequence(), Map.of(), watch::stepBlocker,
                watch::mainsProblem, statuses::add, new AlertSink(alerts));
        assertThatThrownBy(() -> unwired.start(true)).hasMessage("relay 'relay-1' (Amps A) is not wired to a GPIO output");
    }
}
