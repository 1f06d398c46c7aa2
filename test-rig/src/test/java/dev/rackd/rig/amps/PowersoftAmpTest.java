package dev.rackd.rig.amps;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.rackd.rig.amps.AmpAssertions.assertRefused;
import static org.awaitility.Awaitility.await;

import dev.rackd.hal.Quality;
import dev.rackd.hal.amps.AmpCommandException;
import dev.rackd.hal.amps.ChannelSetting;
import dev.rackd.hal.amps.powersoft.PowersoftAmp;
import dev.rackd.hal.amps.powersoft.PowersoftSettings;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Powersoft driver against the simulated amp over a real UDP socket on 127.0.0.1. */
class PowersoftAmpTest {
    private final SimulatedAmp model = new SimulatedAmp(4, 1.0);
    private final RecordingListener seen = new RecordingListener();
    private PowersoftSimulator sim;
    private PowersoftAmp amp;

    @BeforeEach
    void start() throws Exception {
        model.setGain(3, -6.0);
        model.setMute(4, true);
        sim = new PowersoftSimulator(model, "4804 DSP+D", 0);
        amp = new PowersoftAmp(new PowersoftSettings("amp-b", "127.0.0.1", sim.port(), 4, Duration.ofMillis(100),
                Duration.ofMillis(100), 4, Duration.ofMillis(500)));
        amp.start(seen);
        await().atMost(Duration.ofSeconds(15)).until(amp::online);
    }

    @AfterEach
    void stop() {
        amp.close();
        sim.close();
    }

    @Test
    void reportsGainsMutesLoadAndWhoTheAmpIs() {
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(seen.value("amp-b", "ch3_gain")).isEqualTo(-6.0);
            assertThat(seen.value("amp-b", "ch4_mute")).isEqualTo(1.0);
            assertThat(seen.value("amp-b", "ch1_load")).isEqualTo(8.0);
            assertThat(seen.value("amp-b", "ch1_protect")).isZero();
            assertThat(seen.value("amp-b", "standby")).isZero();
        });
        assertThat(amp.info()).hasValueSatisfying(i -> assertThat(i.model()).isEqualTo("4804 DSP+D"));
        assertThat(seen.changes()).first().satisfies(c -> assertThat(c.reason()).contains("4804 DSP+D"));
    }

    @Test
    void aMuteTakesEffectAndIsReadBack() throws Exception {
        ChannelSetting after = amp.setMute(2, true).get(5, TimeUnit.SECONDS);
        assertThat(after).isEqualTo(new ChannelSetting(2, 0.0, true));
        assertThat(model.muted(2)).isTrue();
        assertThat(amp.setMute(2, false).get(5, TimeUnit.SECONDS).muted()).isFalse();
        assertThat(model.muted(2)).isFalse();
    }

    @Test
    void aGainTakesEffectAndAnImpossibleOneChangesNothing() throws Exception {
        assertThat(amp.setGain(1, -3.5).get(5, TimeUnit.SECONDS).gainDb()).isEqualTo(-3.5);
        assertThat(model.gainDb(1)).isEqualTo(-3.5);
        assertRefused(amp.setGain(1, 20.0), AmpCommandException.Reason.REFUSED, "-60 to +15 dB");
        assertRefused(amp.setGain(9, 0.0), AmpCommandException.Reason.REFUSED, "channels 1 to 4");
        assertThat(model.gainDb(1)).isEqualTo(-3.5);
    }

    @Test
    void standbyAndWake() throws Exception {
        assertThat(amp.setStandby(true).get(5, TimeUnit.SECONDS)).isTrue();
        assertThat(model.read(SimulatedAmp::standby)).isTrue();
        assertThat(amp.setStandby(false).get(5, TimeUnit.SECONDS)).isFalse();
        assertThat(model.read(SimulatedAmp::standby)).isFalse();
    }

    @Test
    void rideOutPacketLossAndGarbage() throws Exception {
        sim.faults().loss(0.05); // each way: about one exchange in ten loses its request or its answer
        for (int i = 0; i < 10; i++) {
            assertThat(amp.setMute(1, i % 2 == 0).get(5, TimeUnit.SECONDS).muted()).isEqualTo(i % 2 == 0);
        }
        sim.faults().loss(0);
        long cycles = amp.cycles();
        sim.faults().garbage(true);
        await().atMost(Duration.ofSeconds(15)).until(() -> !amp.online());
        sim.faults().garbage(false);
        await().atMost(Duration.ofSeconds(15)).until(amp::online);
        // the poll that brings it back counts its cycle only after it has said so: wait for the count as well
        await().atMost(Duration.ofSeconds(15)).until(() -> amp.cycles() > cycles);
    }

    @Test
    void aWrongChecksumIsNotBelieved() {
        sim.faults().wrongCrc(true);
        await().atMost(Duration.ofSeconds(15)).until(() -> !amp.online());
        // the driver says offline first, then lets its readings go stale
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(seen.latest("amp-b", "ch3_gain"))
                .hasValueSatisfying(r -> assertThat(r.quality()).isEqualTo(Quality.STALE)));
    }

    @Test
    void anAmpThatDropsOffIsRefusedCommandsAndComesBack() throws Exception {
        sim.faults().offline(true);
        await().atMost(Duration.ofSeconds(15)).until(() -> !seen.online("amp-b"));
        assertRefused(amp.setMute(1, true), AmpCommandException.Reason.OFFLINE, "offline");
        sim.faults().offline(false);
        await().atMost(Duration.ofSeconds(15)).until(() -> seen.online("amp-b"));
        assertThat(model.muted(1)).as("the refused mute was never sent").isFalse();
        assertThat(amp.setMute(1, true).get(5, TimeUnit.SECONDS).muted()).isTrue();
    }

    @Test
    void anAmpWhoseNameDoesNotResolveIsOfflineInWords() {
        RecordingListener other = new RecordingListener();
        try (PowersoftAmp lost = new PowersoftAmp(PowersoftSettings.of("amp-x", "no-such-amp.invalid", 1234, 2,
                Duration.ofMillis(100)))) {
            lost.start(other);
            await().atMost(Duration.ofSeconds(15)).until(() -> !other.changes().isEmpty());
            assertThat(other.changes().getFirst().online()).isFalse();
            assertThat(other.changes().getFirst().reason()).contains("cannot resolve no-such-amp.invalid");
            assertRefused(lost.setMute(1, true), AmpCommandException.Reason.OFFLINE, "offline");
            long before = lost.cycles();
            await().atMost(Duration.ofSeconds(15)).until(() -> lost.cycles() > before);
        }
    }
}
