package dev.rackd.rig.wireless;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.rackd.hal.Quality;
import dev.rackd.hal.wireless.shure.ShureFamily;
import dev.rackd.hal.wireless.shure.ShureReceiver;
import dev.rackd.hal.wireless.shure.ShureReceiverConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** SLX-D and Axient Digital receivers over TCP: their own metering layouts and property names reach the readings. */
class ShureFamiliesTest {
    private static ShureReceiver driver(ShureReceiverSim sim, ShureFamily family, RecordingListener seen) {
        ShureReceiver rx = new ShureReceiver(ShureReceiverConfig.of("rx", "127.0.0.1", sim.port(), family, List.of(1, 2),
                Duration.ofMillis(100)), Clock.systemUTC());
        rx.start(seen);
        return rx;
    }

    @Test
    void anSlxdReportsRssiAudioPeakAndBattery() throws Exception {
        RecordingListener seen = new RecordingListener();
        try (ShureReceiverSim sim = new ShureReceiverSim(ShureDialect.SLXD, Map.of(1, 518_200L, 2, 520_000L), 470_000,
                534_000); ShureReceiver rx = driver(sim, ShureFamily.SLXD, seen)) {
            sim.rf(2, -71);
            sim.audio(2, -33);
            await().atMost(15, TimeUnit.SECONDS).until(() -> seen.value("ch2_rf").orElse(0.0) == -71.0
                    && seen.value("ch2_audio").orElse(0.0) == -33.0);
            assertThat(seen.value("ch1_battery_bars")).hasValue(5.0);
            assertThat(seen.value("ch1_battery_minutes")).hasValue(480.0);
            sim.batteryBars(1, 2);
            await().atMost(15, TimeUnit.SECONDS).until(() -> seen.value("ch1_battery_bars").orElse(9.0) == 2.0);
            assertThat(seen.value("ch1_interference")).as("an SLX-D has no interference report").isEmpty();
            assertThat(rx.setFrequency(1, 518_400).get(3, TimeUnit.SECONDS)).isEqualTo(518_400L);
            assertThatThrownBy(() -> sim.interference(1, true)).hasMessageContaining("no interference");
        }
    }

    @Test
    void anAxientTakesTheStrongerAntennaAndReportsInterference() throws Exception {
        RecordingListener seen = new RecordingListener();
        try (ShureReceiverSim sim = new ShureReceiverSim(ShureDialect.AXIENT, Map.of(1, 518_200L, 2, 520_000L),
                470_000, 534_000); ShureReceiver rx = driver(sim, ShureFamily.AXIENT, seen)) {
            sim.rf(1, -64); // antenna B is 6 dB weaker in the simulator: the driver reports A
            await().atMost(15, TimeUnit.SECONDS).until(() -> seen.value("ch1_rf").orElse(0.0) == -64.0);
            assertThat(seen.value("ch1_audio")).hasValue(-20.0);
            sim.interference(2, true);
            await().atMost(15, TimeUnit.SECONDS).until(() -> seen.value("ch2_interference").orElse(0.0) == 1.0);
            assertThat(rx.setFrequency(2, 521_350).get(3, TimeUnit.SECONDS)).isEqualTo(521_350L);
        }
    }

    @Test
    void aDriverSetForTheWrongFamilyReportsFaultyMeteringRatherThanWrongNumbers() throws Exception {
        RecordingListener seen = new RecordingListener();
        try (ShureReceiverSim sim = new ShureReceiverSim(ShureDialect.SLXD, Map.of(1, 518_200L), 470_000, 534_000);
                ShureReceiver rx = driver(sim, ShureFamily.ULXD, seen)) {
            await().atMost(15, TimeUnit.SECONDS).until(() -> seen.latest.containsKey("ch1_rf"));
            for (String metric : List.of("ch1_rf", "ch1_audio")) {
                assertThat(seen.latest.get(metric).quality()).as(metric).isEqualTo(Quality.FAULT);
                assertThat(seen.latest.get(metric).value()).as(metric).isNaN();
            }
            assertThat(seen.value("ch1_frequency")).as("its reports are still read").hasValue(518_200.0);
            assertThat(rx.online()).as("it answers; only its metering is unreadable").isTrue();
        }
    }
}
