package dev.rackd.rig.wireless;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.rackd.hal.Quality;
import dev.rackd.hal.wireless.sennheiser.SennheiserReceiver;
import dev.rackd.hal.wireless.sennheiser.SennheiserReceiverConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SennheiserReceiverDeviceTest {
    private SennheiserReceiverSim sim;
    private SennheiserReceiver rx;
    private final RecordingListener seen = new RecordingListener();

    @BeforeEach
    void start() throws Exception {
        sim = new SennheiserReceiverSim(670_150, 626_000, 668_000 + 30_000);
        rx = new SennheiserReceiver(new SennheiserReceiverConfig("em1", "127.0.0.1", sim.port(), 0,
                Duration.ofMillis(100), Duration.ofSeconds(2)), Clock.systemUTC());
        rx.start(seen);
        await().atMost(15, TimeUnit.SECONDS).until(() -> seen.value("ch1_battery_bars").isPresent()
                && seen.value("ch1_frequency").isPresent());
    }

    @AfterEach
    void stop() {
        rx.close();
        sim.close();
    }

    @Test
    void subscribesAndReadsTheCyclicAttributes() {
        assertThat(seen.online).isTrue();
        assertThat(sim.received()).first().isEqualTo("Push 60 100 3");
        assertThat(seen.value("ch1_frequency")).hasValue(670_150.0);
        assertThat(seen.value("ch1_rf")).hasValue(80 * 0.4 - 107);
        assertThat(seen.value("ch1_audio")).hasValue(40 * 0.5 - 50);
        assertThat(seen.value("ch1_battery_bars")).hasValue(5.0);
        assertThat(seen.value("ch1_mute")).hasValue(0.0);
        // the name comes in its own reply, which may follow the values
        await().atMost(15, TimeUnit.SECONDS).untilAsserted(() -> assertThat(rx.name()).isEqualTo("EM G4"));
    }

    @Test
    void setsAFrequencyAndReadsItBackOrIsRefused() throws Exception {
        assertThat(rx.setFrequency(671_000).get(3, TimeUnit.SECONDS)).isEqualTo(671_000L);
        assertThat(sim.frequency()).isEqualTo(671_000);
        assertThat(rx.setFrequency(900_000)).failsWithin(4, TimeUnit.SECONDS)
                .withThrowableOfType(ExecutionException.class).withMessageContaining("1020");
        assertThat(sim.frequency()).isEqualTo(671_000);
    }

    @Test
    void aDyingBatteryCountsDownToAnUnknownOne() {
        sim.drainBattery();
        await().atMost(15, TimeUnit.SECONDS).until(() -> seen.value("ch1_battery_bars").orElse(9.0) == 0.0);
        sim.battery(-1);
        await().atMost(15, TimeUnit.SECONDS).until(() -> seen.latest.get("ch1_battery_bars").quality() == Quality.FAULT);
    }

    @Test
    void interferenceShowsAsLowRfAndMuteAsMute() {
        sim.interference(true);
        sim.mute(8);
        await().atMost(15, TimeUnit.SECONDS).until(() -> seen.value("ch1_rf").orElse(0.0) < -100
                && seen.value("ch1_mute").orElse(0.0) == 1.0);
    }

    @Test
    void garbageIsIgnored() {
        sim.garbage();
        sim.rf(50);
        await().atMost(15, TimeUnit.SECONDS).until(() -> seen.value("ch1_rf").orElse(0.0) == 50 * 0.4 - 107);
        assertThat(seen.offlineEvents()).isZero();
    }

    @Test
    void silenceIsOfflineAndTheSubscriptionIsRenewedWhenItComesBack() {
        sim.silence(true);
        await().atMost(15, TimeUnit.SECONDS).until(() -> !seen.online);
        assertThat(seen.events).last().asString().contains("em1").contains("no answer");
        sim.silence(false);
        await().atMost(10, TimeUnit.SECONDS).until(() -> seen.online);
    }

    @Test
    void aClosedPortIsOffline() {
        sim.unplug();
        await().atMost(15, TimeUnit.SECONDS).until(() -> !seen.online);
    }

    @Test
    void closingStopsTheReceiverSending() {
        rx.close();
        await().atMost(15, TimeUnit.SECONDS).until(() -> sim.received().contains("Push 0 0 0"));
    }
}
