package dev.rackd.rig.wireless;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.rackd.hal.Quality;
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
        sim = new ShureReceiverSim(Map.of(1, 518_200L, 2, 520_000L), 470_000, 534_000);
        rx = new ShureReceiver(new ShureReceiverConfig("rx1", "127.0.0.1", sim.port(), List.of(1, 2),
                Duration.ofMillis(100), Duration.ofSeconds(2), Duration.ofSeconds(2)), Clock.systemUTC());
        rx.start(seen);
        await().atMost(5, TimeUnit.SECONDS).until(() -> seen.value("ch2_rf").isPresent());
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
        assertThat(seen.value("ch1_rf")).hasValue(80.0 - 128);
        assertThat(seen.value("ch1_audio")).hasValue(30.0 - 50);
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
        await().atMost(2, TimeUnit.SECONDS).until(() -> seen.value("ch2_frequency").orElse(0.0) == 521_350.0);
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
        sim.set(1, "TX_BATT_BARS", "255");
        await().atMost(2, TimeUnit.SECONDS).until(() -> seen.latest.get("ch1_battery_bars").quality() == Quality.FAULT);
        sim.set(1, "TX_BATT_BARS", "3");
        sim.drainBattery(1);
        await().atMost(5, TimeUnit.SECONDS).until(() -> seen.value("ch1_battery_bars").orElse(9.0) <= 1);
    }

    @Test
    void interferenceIsReported() {
        sim.interference(2, true);
        await().atMost(2, TimeUnit.SECONDS).until(() -> seen.value("ch2_interference").orElse(0.0) == 1.0);
    }

    @Test
    void garbageIsIgnoredAndReadingsGoOn() {
        sim.garbage();
        sim.set(1, "RF_LEVEL", "050");
        await().atMost(2, TimeUnit.SECONDS).until(() -> seen.value("ch1_rf").orElse(0.0) == 50.0 - 128);
        assertThat(seen.offlineEvents()).isZero();
    }

    @Test
    void aReceiverTalkingNothingButNonsenseGoesOfflineAndComesBackWhenItMakesSenseAgain() {
        sim.garbled(true);
        await().atMost(5, TimeUnit.SECONDS).until(() -> !seen.online);
        sim.garbled(false);
        sim.set(1, "RF_LEVEL", "050");
        await().atMost(10, TimeUnit.SECONDS).until(() -> seen.online && seen.value("ch1_rf").orElse(0.0) == 50.0 - 128);
    }

    @Test
    void aDroppedConnectionIsOfflineThenBack() {
        long before = rx.cycles();
        sim.refuse(true);
        await().atMost(3, TimeUnit.SECONDS).until(() -> !seen.online);
        assertThat(seen.events.get(seen.events.size() - 1)).contains("rx1").contains(Integer.toString(sim.port()));
        sim.refuse(false);
        await().atMost(10, TimeUnit.SECONDS).until(() -> seen.online);
        assertThat(rx.cycles()).isGreaterThan(before);
    }

    @Test
    void silenceMeansOffline() {
        sim.silence(true);
        await().atMost(5, TimeUnit.SECONDS).until(() -> !seen.online);
        assertThat(seen.events).last().asString().contains("no answer");
        sim.silence(false);
        await().atMost(10, TimeUnit.SECONDS).until(() -> seen.online);
    }

    @Test
    void meteringIsSwitchedOffBeforeDisconnecting() {
        rx.close();
        await().atMost(3, TimeUnit.SECONDS).until(() -> sim.clientCount() == 0);
        List<String> c = sim.commands();
        assertThat(c.subList(c.size() - 2, c.size())).containsExactly("SET 1 METER_RATE 00000", "SET 2 METER_RATE 00000");
    }
}
