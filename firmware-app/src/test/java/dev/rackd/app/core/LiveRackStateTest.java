package dev.rackd.app.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rackd.hal.Quality;
import dev.rackd.hal.Reading;
import dev.rackd.hal.Unit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LiveRackStateTest {
    private static final Instant T0 = Instant.parse("2026-11-21T20:00:00Z");
    private final LiveRackState state = new LiveRackState(Map.of("pdu", Duration.ofSeconds(2)),
            Duration.ofSeconds(1), 5);
    private final List<Reading> seen = new ArrayList<>();
    private final List<String> onlineEvents = new ArrayList<>();

    LiveRackStateTest() {
        state.onReading(seen::add);
        state.onOnline((id, online, reason) -> onlineEvents.add(id + "=" + online));
    }

    private static Reading volts(double v, Instant t) {
        return Reading.good("pdu", "l1_voltage", v, Unit.VOLT, t);
    }

    @Test
    void keepsTheLatestReadingAndTellsConsumers() {
        state.reading(volts(230.1, T0));
        state.reading(volts(231.4, T0.plusSeconds(2)));

        assertThat(state.latest("pdu", "l1_voltage")).map(Reading::value).contains(231.4);
        assertThat(state.all()).hasSize(1);
        assertThat(seen).extracting(Reading::value).containsExactly(230.1, 231.4);
        assertThat(state.lastSeen("pdu")).contains(T0.plusSeconds(2));
    }

    @Test
    void aReadingOlderThanThreePollsTurnsStaleOnce() {
        state.reading(volts(230.1, T0));

        state.sweep(T0.plusMillis(5_900)); // 2.95 polls of 2 s
        assertThat(state.latest("pdu", "l1_voltage")).map(Reading::quality).contains(Quality.GOOD);

        state.sweep(T0.plusMillis(6_100));
        state.sweep(T0.plusMillis(7_000));
        assertThat(state.latest("pdu", "l1_voltage")).map(Reading::quality).contains(Quality.STALE);
        assertThat(seen).extracting(Reading::quality).containsExactly(Quality.GOOD, Quality.STALE);
        assertThat(state.latest("pdu", "l1_voltage")).map(Reading::value).contains(230.1);
    }

    @Test
    void aValueReportedOnlyOnChangeStaysGoodWhileItsDeviceKeepsTalking() {
        state.reading(Reading.good("ulxd-1", "ch2_battery_bars", 4, Unit.NONE, T0));
        for (int s = 1; s <= 20; s++) {
            state.reading(Reading.good("ulxd-1", "ch2_rf", -60, Unit.DBM, T0.plusSeconds(s)));
            state.sweep(T0.plusSeconds(s).plusMillis(500));
        }
        assertThat(state.latest("ulxd-1", "ch2_battery_bars")).map(Reading::quality).contains(Quality.GOOD);
        state.sweep(T0.plusSeconds(20 + 4));
        assertThat(state.latest("ulxd-1", "ch2_battery_bars")).map(Reading::quality).contains(Quality.STALE);
    }

    @Test
    void whatClosingDriversSayAfterTheServiceStopsTakingIsNoNews() {
        List<String> changes = new ArrayList<>();
        state.onOnline((id, online, reason) -> changes.add(id + " " + online));
        state.online("amp-b", true, "answering");
        state.stopTaking();
        state.online("amp-b", false, "closed by the controller");
        state.reading(Reading.good("amp-b", "ch1_gain", -3, Unit.DECIBEL, T0));
        assertThat(changes).containsExactly("amp-b true");
        assertThat(state.isOnline("amp-b")).isTrue();
        assertThat(state.latest("amp-b", "ch1_gain")).isEmpty();
    }

    @Test
    void devicesWithoutPollUseTheDefault() {
        state.reading(Reading.good("amp-a", "ch1_gain", -3, Unit.DECIBEL, T0));
        state.sweep(T0.plusMillis(3_100));
        assertThat(state.latest("amp-a", "ch1_gain")).map(Reading::quality).contains(Quality.STALE);
    }

    @Test
    void aSilentDeviceGoesOfflineAndComesBackWithAGoodReading() {
        state.online("pdu", true, "driver started");
        state.reading(volts(230.1, T0));

        state.sweep(T0.plusSeconds(9));
        assertThat(state.isOnline("pdu")).isTrue();
        state.sweep(T0.plusSeconds(11)); // 5 polls of 2 s without a good reading
        assertThat(state.isOnline("pdu")).isFalse();

        state.reading(volts(229.8, T0.plusSeconds(12)));
        assertThat(state.isOnline("pdu")).isTrue();
        assertThat(onlineEvents).containsExactly("pdu=true", "pdu=false", "pdu=true");
    }

    @Test
    void aDeviceItsDriverSaysIsBackIsNotTakenOfflineAgainForTheSilenceBefore() {
        // the audio card: readings, unplugged for a minute, plugged back in; its first meters come a moment later
        state.online("pdu", true, "opened");
        state.reading(volts(230.1, T0));
        state.online("pdu", false, "unplugged");
        state.online("pdu", true, "reopened");
        state.sweep(T0.plusSeconds(60));
        assertThat(state.isOnline("pdu")).isTrue();
        assertThat(onlineEvents).containsExactly("pdu=true", "pdu=false", "pdu=true");

        state.reading(volts(229.8, T0.plusSeconds(61)));
        state.sweep(T0.plusSeconds(72)); // silent again for 5 polls of 2 s: offline as before
        assertThat(state.isOnline("pdu")).isFalse();
    }

    @Test
    void faultReadingsDoNotCountAsSeenNorBringADeviceOnline() {
        state.online("pdu", false, "no answer");
        state.reading(new Reading("pdu", "l1_voltage", Double.NaN, Unit.VOLT, T0, Quality.FAULT));

        assertThat(state.lastSeen("pdu")).isEmpty();
        assertThat(state.isOnline("pdu")).isFalse();
        assertThat(state.latest("pdu", "l1_voltage")).map(Reading::quality).contains(Quality.FAULT);
    }

    @Test
    void repeatedOnlineEventsAreReportedOnce() {
        state.online("pdu", true, "a");
        state.online("pdu", true, "b");
        state.online("pdu", false, "c");
        state.online("pdu", false, "d");
        assertThat(onlineEvents).containsExactly("pdu=true", "pdu=false");
    }

    @Test
    void aBrokenConsumerNeverReachesTheDriver() {
        state.onReading(r -> {
            throw new IllegalStateException("boom");
        });
        state.reading(volts(230.0, T0));
        assertThat(state.latest("pdu", "l1_voltage")).isPresent();
        assertThat(seen).hasSize(1);
    }
}
