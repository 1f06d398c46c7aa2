package dev.rackd.app.amps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rackd.app.alerts.Severity;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DriftAndLoadTest {
    private final RecordingAlerts alerts = new RecordingAlerts();
    private final AmpAlerter alerter = new AmpAlerter(alerts, "amp-b");
    private final DriftCheck drift = new DriftCheck(TestAmps.ampB(), alerter);
    private final LoadCheck load = new LoadCheck(TestAmps.ampB(), alerter);

    @Test
    void aGainOtherThanTheShowFilesIsSaidInTheCrewsWords() {
        drift.gain(3, -6.0);
        assertThat(alerts.messages()).containsExactly("Amp B ch 3 gain -6.0 dB, show file says -3.0 dB");
        drift.gain(3, -3.0);
        assertThat(alerts.messages()).isEmpty();
    }

    @Test
    void driftOpenFromBeforeARestartClosesAtTheFirstReadingThatMatchesTheShowFile() {
        // what the alert engine restored at boot: raised by the run before this one
        alerts.raise(DriftCheck.RULE, "amp-b", "ch3_gain", Severity.WARNING, -6, -3, "Amp B ch 3 gain -6.0 dB");
        drift.gain(3, -3.0);
        assertThat(alerts.active).isEmpty();
        drift.gain(3, -3.0);
        assertThat(alerts.cleared).as("once, not at every poll").isEqualTo(1);
    }

    @Test
    void aGainBetweenTenthsIsSaidToTheHundredth() {
        drift.gain(3, -2.35);
        assertThat(alerts.messages()).containsExactly("Amp B ch 3 gain -2.35 dB, show file says -3.0 dB");
    }

    @Test
    void theSameDriftEverySecondIsRaisedOnceAndANewValueUpdatesIt() {
        drift.gain(3, -6.0);
        drift.gain(3, -6.0);
        drift.gain(3, -9.0);
        assertThat(alerts.raised).extracting(RecordingAlerts.Alert::message).containsExactly(
                "Amp B ch 3 gain -6.0 dB, show file says -3.0 dB", "Amp B ch 3 gain -9.0 dB, show file says -3.0 dB");
    }

    @Test
    void aChannelMutedAgainstTheShowFileIsCritical() {
        drift.mute(1, true);
        assertThat(alerts.active.values()).singleElement().satisfies(a -> {
            assertThat(a.message()).isEqualTo("Amp B ch 1 (Sub L) muted, show file says unmuted");
            assertThat(a.severity()).isEqualTo(Severity.CRITICAL);
        });
        assertThat(drift.clean()).isFalse();
        drift.mute(1, false);
        assertThat(drift.clean()).isTrue();
    }

    @Test
    void aMuteTheCrewSentIsShownAsTheirsAndPagesNobody() {
        drift.crewSets(1, "mute", 1, "alice");
        drift.mute(1, true);
        assertThat(alerts.active.values()).singleElement().satisfies(a -> {
            assertThat(a.message()).isEqualTo("Amp B ch 1 (Sub L) muted by alice, show file says unmuted");
            assertThat(a.severity()).isEqualTo(Severity.INFO);
        });
    }

    @Test
    void aCrewGainChangedAgainOnTheAmpIsDriftOnceMore() {
        drift.crewSets(3, "gain", -6.0, "alice");
        drift.gain(3, -6.0);
        assertThat(alerts.raised).extracting(RecordingAlerts.Alert::severity).containsExactly(Severity.INFO);
        drift.gain(3, -9.0); // someone turned the amp's own encoder
        assertThat(alerts.active.values()).singleElement().satisfies(a -> {
            assertThat(a.message()).isEqualTo("Amp B ch 3 gain -9.0 dB, show file says -3.0 dB");
            assertThat(a.severity()).isEqualTo(Severity.WARNING);
        });
    }

    @Test
    void afterARestoreTheShowFileIsTheIntentAgain() {
        drift.crewSets(1, "mute", 1, "alice");
        drift.forgetCrew();
        drift.mute(1, true);
        assertThat(alerts.active.values()).singleElement().satisfies(a ->
                assertThat(a.severity()).isEqualTo(Severity.CRITICAL));
    }

    @Test
    void channelsTheShowFileDoesNotMentionAreNotChecked() {
        drift.gain(4, 12.0);
        drift.mute(4, true);
        load.load(4, 1000);
        assertThat(alerts.raised).isEmpty();
    }

    @Test
    void anOpenLoadIsABlownDriverOrACutCable() {
        load.load(3, 2000);
        assertThat(alerts.messages()).containsExactly(
                "Amp B ch 3 load 2000 Ω, expected 8.0 Ω: open circuit; blown driver or cut cable?");
    }

    @Test
    void aShortIsSaidAsOne() {
        load.load(1, 0.3);
        assertThat(alerts.messages()).containsExactly(
                "Amp B ch 1 (Sub L) load 0.3 Ω, expected 4.0 Ω: short circuit; check the cable and the speaker");
    }

    @Test
    void aDeviationBeyondToleranceWarnsAndClearsWithHysteresis() {
        load.load(3, 10.0); // +25 % against ±20 %
        assertThat(alerts.active.values()).singleElement().satisfies(a -> {
            assertThat(a.severity()).isEqualTo(Severity.WARNING);
            assertThat(a.message()).contains("load 10.0 Ω, expected 8.0 Ω ±20 %");
        });
        load.load(3, 9.5); // +18.75 %: inside, but not by enough to clear
        assertThat(alerts.active).hasSize(1);
        load.load(3, 8.4); // +5 %
        assertThat(alerts.active).isEmpty();
    }

    @Test
    void clipIsHeldAfterTheLastClip() {
        FaultAlerts faults = new FaultAlerts(TestAmps.ampB(), alerter);
        Instant t = Instant.parse("2026-06-01T20:00:00Z");
        faults.flag("ch2_clip", true, t);
        faults.flag("ch2_clip", false, t.plusSeconds(3));
        assertThat(alerts.messages()).containsExactly("Amp B ch 2 clipping");
        faults.flag("ch2_clip", false, t.plusSeconds(11));
        assertThat(alerts.messages()).isEmpty();
    }

    @Test
    void ampWideFaultsNameTheAmp() {
        FaultAlerts faults = new FaultAlerts(TestAmps.ampB(), alerter);
        assertThat(faults.flag("fan_fault", true, Instant.EPOCH)).isTrue();
        assertThat(faults.flag("ch1_signal", true, Instant.EPOCH)).isFalse();
        assertThat(alerts.messages()).containsExactly("Amp B fan failed; it will shut down when hot");
    }
}
