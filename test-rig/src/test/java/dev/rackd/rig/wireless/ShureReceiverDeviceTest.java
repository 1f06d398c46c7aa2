package dev.rackd.rig.wireless;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.rackd.hal.Quality;
import dev.rackd.hal.wireless.shure.ShureFamily;
import dev.rackd.hal.wireless.shure.ShureReceiver;
import dev.rackd.hal.wireless.shure.ShureReceiverConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ShureReceiverDeviceTest {
    private ShureReceiverSim sim;
    private ShureReceiver rx;
    private final RecordingListener seen = new RecordingListener();

    @BeforeEach
    void start() throws Exception {
        sim = new ShureReceiverSim(ShureDialect.ULXD, Map.of(1, 518_200L, 2, 520_000L), 470_000, 534_000);
        rx = new ShureReceiver(new ShureReceiverConfig("rx1", "127.0.0.1", sim.port(), ShureFamily.ULXD,
                List.of(1, 2), Duration.ofMillis(100), Duration.ofSeconds(2), Duration.ofSeconds(2)), Clock.systemUTC());
        rx.start(seen);
        await().atMost(15, TimeUnit.SECONDS).until(() -> seen.value("ch2_rf").isPresent());
    }

    @AfterEach
    void stop() {
        rx.close();
        sim.close();
    }

    @Test
    void readsEveryChannelWithUnits() {
        assertThat(seen.online).isTrue();
        assertThat(seen.value("ch1_frequency")).hasValue(518_200.0);
        assertThat(seen.value("ch2_frequency")).hasValue(520_000.0);
        assertThat(seen.value("ch1_rf")).hasValue(-48.0);
        assertThat(seen.value("ch1_audio")).hasValue(-20.0);
        assertThat(seen.value("ch1_battery_bars")).hasValue(5.0);
        assertThat(seen.value("ch1_battery_minutes")).hasValue(480.0);
        assertThat(seen.value("ch1_interference")).hasValue(0.0);
        assertThat(rx.channelName(1)).hasValue("CH 1");
        assertThat(sim.commands()).contains("GET 0 ALL", "SET 1 METER_RATE 00100", "SET 2 METER_RATE 00100");
    }

    @Test
    void setsAFrequencyAndReadsItBack() throws Exception {
        assertThat(rx.setFrequency(2, 521_350).get(3, TimeUnit.SECONDS)).isEqualTo(521_350L);
        assertThat(sim.frequency(2)).isEqualTo(521_350);
        await().atMost(15, TimeUnit.SECONDS).until(() -> seen.value("ch2_frequency").orElse(0.0) == 521_350.0);
    }

    @Test
    void aRefusedFrequencyFailsTheCommandAndChangesNothing() {
        var f = rx.setFrequency(1, 600_000);
        assertThat(f).failsWithin(4, TimeUnit.SECONDS).withThrowableOfType(ExecutionException.class)
                .withMessageContaining("refused");
        assertThat(sim.frequency(1)).isEqualTo(518_200);
    }

    @Test
    void unknownBatteryIsAFaultNotZeroAndADyingBatteryCountsDown() {
        sim.batteryBars(1, 255);
        await().atMost(15, TimeUnit.SECONDS).until(() -> seen.latest.get("ch1_battery_bars").quality() == Quality.FAULT);
        sim.batteryBars(1, 3);
        sim.drainBattery(1);
        await().atMost(15, TimeUnit.SECONDS).until(() -> seen.value("ch1_battery_bars").orElse(9.0) <= 1);
    }

    @Test
    void valuesReportedOnlyOnChangeHoldWhileTheReceiverAnswers() throws Exception {
        java.time.Instant first = seen.latest.get("ch1_battery_bars").time();
        await().atMost(15, TimeUnit.SECONDS).until(() -> seen.latest.get("ch1_battery_bars").time()
                .isAfter(first.plusMillis(900)));
        assertThat(seen.value("ch1_battery_bars")).hasValue(5.0);
        sim.silence(true);
        Thread.sleep(1_500); // past the 1 s for which held values are repeated, short of the 2 s silence timeout
        java.time.Instant quiet = seen.latest.get("ch1_battery_bars").time();
        Thread.sleep(1_200);
        assertThat(seen.latest.get("ch1_battery_bars").time()).as("not repeated once the receiver is silent")
                .isEqualTo(quiet);
    }

    @Test
    void interferenceIsReported() {
        sim.interference(2, true);
        await().atMost(15, TimeUnit.SECONDS).until(() -> seen.value("ch2_interference").orElse(0.0) == 1.0);
    }

    @Test
    void garbageIsIgnoredAndReadingsGoOn() {
        sim.garbage();
        sim.rf(1, -78);
        await().atMost(15, TimeUnit.SECONDS).until(() -> seen.value("ch1_rf").orElse(0.0) == -78.0);
        assertThat(seen.offlineEvents()).isZero();
    }

    @Test
    void aDroppedConnectionIsOfflineThenBack() {
        long before = rx.cycles();
        sim.refuse(true);
        await().atMost(15, TimeUnit.SECONDS).until(() -> !seen.online);
        assertThat(seen.events.get(seen.events.size() - 1)).contains("rx1").contains(Integer.toString(sim.port()));
        sim.refuse(false);
        await().atMost(10, TimeUnit.SECONDS).until(() -> seen.online);
        assertThat(rx.cycles()).isGreaterThan(before);
    }

    @Test
    void aReceiverTalkingNonsenseReportsFaultyMeteringThenCountsAsOffline() {
        sim.garbled(true);
        await().atMost(15, TimeUnit.SECONDS).until(() -> seen.latest.get("ch2_rf").quality() == Quality.FAULT);
        assertThat(seen.latest.get("ch2_rf").value()).isNaN();
        await().atMost(15, TimeUnit.SECONDS).until(() -> !seen.online);
        assertThat(seen.events).last().asString().contains("unreadable");
        sim.garbled(false);
        await().atMost(10, TimeUnit.SECONDS).until(() -> seen.online
                && seen.latest.get("ch2_rf").quality() == Quality.GOOD);
    }

    @Test
    void releasedInjectionsGoBackToTheSimulatedNormal() {
        sim.batteryBars(1, 1);
        await().atMost(15, TimeUnit.SECONDS).until(() -> seen.value("ch1_battery_bars").orElse(9.0) == 1.0);
        sim.release(1, "battery_bars");
        await().atMost(15, TimeUnit.SECONDS).until(() -> seen.value("ch1_battery_bars").orElse(0.0) == 5.0);
    }

    @Test
    void silenceMeansOffline() {
        sim.silence(true);
        await().atMost(15, TimeUnit.SECONDS).until(() -> !seen.online);
        assertThat(seen.events).last().asString().contains("no answer");
        sim.silence(false);
        await().atMost(10, TimeUnit.SECONDS).until(() -> seen.online);
    }

    @Test
    void meteringIsSwitchedOffBeforeDisconnecting() {
        rx.close();
        await().atMost(15, TimeUnit.SECONDS).until(() -> sim.clientCount() == 0);
        List<String> c = sim.commands();
        assertThat(c.subList(c.size() - 2, c.size())).containsExactly("SET 1 METER_RATE 00000", "SET 2 METER_RATE 00000");
    }
}
