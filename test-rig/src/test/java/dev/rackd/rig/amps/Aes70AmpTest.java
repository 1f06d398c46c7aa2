package dev.rackd.rig.amps;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.rackd.rig.amps.AmpAssertions.assertRefused;
import static org.awaitility.Awaitility.await;

import dev.rackd.hal.amps.AmpCommandException.Reason;
import dev.rackd.hal.amps.ChannelSetting;
import dev.rackd.hal.amps.aes70.Aes70Amp;
import dev.rackd.hal.amps.aes70.Aes70Settings;
import dev.rackd.hal.amps.aes70.OcaController;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The AES70 driver against the simulated amp over a real TCP socket on 127.0.0.1. */
class Aes70AmpTest {
    static final Map<String, Long> OBJECTS = Map.ofEntries(
            Map.entry("ch1_gain", 0x1001L), Map.entry("ch1_mute", 0x1002L), Map.entry("ch1_temperature", 0x1003L),
            Map.entry("ch1_impedance", 0x1004L), Map.entry("ch1_protect", 0x1005L), Map.entry("ch1_clip", 0x1006L),
            Map.entry("ch2_gain", 0x2001L), Map.entry("ch2_mute", 0x2002L), Map.entry("ch2_temperature", 0x2003L),
            Map.entry("ch2_impedance", 0x2004L), Map.entry("standby", 0x3001L), Map.entry("mains_voltage", 0x3002L));

    private final SimulatedAmp model = new SimulatedAmp(2, 1.0);
    private final RecordingListener seen = new RecordingListener();
    private Aes70Simulator sim;
    private Aes70Amp amp;

    @BeforeEach
    void start() throws Exception {
        model.setGain(2, -6.0);
        sim = new Aes70Simulator(model, OBJECTS, 0);
        var options = new OcaController.Options(Duration.ofSeconds(1), Duration.ofMillis(200), Duration.ofMillis(600),
                Duration.ofMillis(500));
        // A long poll: whatever arrives quickly below came by notification.
        amp = new Aes70Amp(new Aes70Settings("amp-d", "127.0.0.1", sim.port(), 2, OBJECTS, Duration.ofSeconds(30),
                options, Duration.ofMillis(300)));
        amp.start(seen);
        await().atMost(Duration.ofSeconds(15)).until(amp::online);
    }

    @AfterEach
    void stop() {
        amp.close();
        sim.close();
    }

    @Test
    void reportsEveryObjectOfTheMap() {
        assertThat(seen.value("amp-d", "ch2_gain")).isEqualTo(-6.0);
        assertThat(seen.value("amp-d", "ch1_mute")).isZero();
        assertThat(seen.value("amp-d", "ch1_load")).isEqualTo(8.0);
        assertThat(seen.value("amp-d", "ch1_temperature")).isEqualTo(30.0);
        assertThat(seen.value("amp-d", "ch1_protect")).isZero();
        assertThat(seen.value("amp-d", "mains_voltage")).isEqualTo(230.0);
        assertThat(seen.value("amp-d", "standby")).isZero();
    }

    @Test
    void aChangeAtTheAmpArrivesByNotification() {
        model.setGain(1, -12.0);
        model.setLoadFault(1, "open");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(seen.value("amp-d", "ch1_gain")).isEqualTo(-12.0);
            assertThat(seen.value("amp-d", "ch1_load")).isEqualTo(2000.0);
        });
    }

    @Test
    void muteAndGainAreSetAndReadBack() throws Exception {
        assertThat(amp.setMute(1, true).get(5, TimeUnit.SECONDS)).isEqualTo(new ChannelSetting(1, 0.0, true));
        assertThat(model.muted(1)).isTrue();
        assertThat(amp.setGain(2, -3.0).get(5, TimeUnit.SECONDS).gainDb()).isEqualTo(-3.0);
        assertThat(model.gainDb(2)).isEqualTo(-3.0);
        assertThat(amp.readSettings().get(5, TimeUnit.SECONDS)).containsExactly(
                new ChannelSetting(1, 0.0, true), new ChannelSetting(2, -3.0, false));
    }

    @Test
    void theAmpsRefusalComesBackInWords() {
        assertRefused(amp.setGain(1, 40.0), Reason.REFUSED, "PARAMETER_OUT_OF_RANGE");
        assertThat(model.gainDb(1)).isZero();
        assertRefused(amp.setGain(3, 0.0), Reason.REFUSED, "channels 1 to 2");
    }

    @Test
    void standbyThroughTheBooleanActuator() throws Exception {
        assertThat(amp.setStandby(true).get(5, TimeUnit.SECONDS)).isTrue();
        assertThat(model.read(SimulatedAmp::standby)).isTrue();
        assertThat(amp.setStandby(false).get(5, TimeUnit.SECONDS)).isFalse();
    }

    @Test
    void silenceMeansGoneAndTheAmpIsFoundAgain() throws Exception {
        sim.faults().offline(true);
        await().atMost(Duration.ofSeconds(15)).until(() -> !seen.online("amp-d"));
        assertThat(seen.changes().getLast().reason()).contains("no message");
        assertRefused(amp.setMute(1, true), Reason.OFFLINE, "offline");
        sim.faults().offline(false);
        await().atMost(Duration.ofSeconds(15)).until(() -> seen.online("amp-d"));
        assertThat(model.muted(1)).as("nothing was sent while offline").isFalse();
        assertThat(amp.setMute(1, true).get(5, TimeUnit.SECONDS).muted()).isTrue();
    }

    @Test
    void garbageDropsTheConnectionAndTheDriverReconnects() throws Exception {
        sim.faults().garbage(true);
        CompletableFuture<ChannelSetting> f = amp.setMute(2, true);
        await().atMost(Duration.ofSeconds(15)).until(() -> !seen.online("amp-d"));
        assertThat(f).failsWithin(Duration.ofSeconds(3));
        sim.faults().garbage(false);
        await().atMost(Duration.ofSeconds(15)).until(() -> seen.online("amp-d"));
        assertThat(amp.setMute(2, false).get(5, TimeUnit.SECONDS).muted()).isFalse();
    }
}
