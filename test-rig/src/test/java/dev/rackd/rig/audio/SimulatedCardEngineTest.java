package dev.rackd.rig.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rackd.app.audio.AudioModule;
import dev.rackd.app.core.DomainModule;
import dev.rackd.config.ShowFile;
import dev.rackd.config.ShowFileLoader;
import dev.rackd.rig.fixtures.FakeRack;
import dev.rackd.rig.sim.FamilySimulator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * rackd's audio module, found by ServiceLoader, on the simulated sound card through Java Sound, as
 * {@code rackd run --simulate} runs it: the room howls, the engine notches, the howl dies; the card is pulled and the
 * crew is told, then it is back.
 */
@Timeout(90)
class SimulatedCardEngineTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double HOWL_HZ = 2500;
    /** A quarter of a 2048-point bin at 48 kHz: the detector reads the frequency from the phase advance. */
    private static final double HZ_TOLERANCE = 6;
    private static final String SHOW = """
            rack: {id: foh-a, name: FOH Rack A}
            audio:
              input_device: "USB Audio"
              output_device: "USB Audio"
              sample_rate: 48000
              block_size: 64
              channels: 2
              feedback_mode: live
              max_notches: 24
              limiter_dbtp: -1.0
            """;

    @TempDir
    Path work;
    private AudioFamilySimulator sim;
    private FakeRack rack;

    @BeforeEach
    void start() throws Exception {
        sim = ServiceLoader.load(FamilySimulator.class).stream().map(ServiceLoader.Provider::get)
                .filter(f -> f instanceof AudioFamilySimulator).map(AudioFamilySimulator.class::cast).findFirst()
                .orElseThrow();
        ShowFile rewired = sim.start(ShowFileLoader.parse(SHOW, "rack.yaml"), work.resolve("sim"));
        assertThat(rewired.audio().orElseThrow().inputDevice()).isEqualTo(SimSoundCard.NAME);
        assertThat(rewired.audio().orElseThrow().cushionBlocks()).as("a software clock beside every simulator")
                .isEqualTo(AudioFamilySimulator.SIMULATED_CUSHION_BLOCKS);
        assertThat(sim.devices()).containsExactly("audio");
        rack = new FakeRack(rewired, work.resolve("state"));
        DomainModule audio = ServiceLoader.load(DomainModule.class).stream().map(ServiceLoader.Provider::get)
                .filter(m -> m instanceof AudioModule).findFirst().orElseThrow();
        audio.start(rack);
        await().atMost(Duration.ofSeconds(10)).until(() -> rack.isOnline("audio"));
    }

    @AfterEach
    void stop() {
        rack.close();
        sim.close();
    }

    @Test
    void theProgrammeAloneIsLeftAloneAndAHowlIsNotchedAtItsFrequencyOnEveryChannel() throws InterruptedException {
        await().atMost(Duration.ofSeconds(15)).until(() -> rack.reported("audio", "ch2_rms").isPresent());
        Thread.sleep(2000);
        assertThat(notchesPlaced()).as("speech on ch 1, music on ch 2: no feedback, no notch").isEmpty();
        assertThat(rack.value("audio", "ch1_rms")).as("programme through the engine, dBFS").isBetween(-45.0, -10.0);

        sim.inject("audio", "howl", String.valueOf(HOWL_HZ));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(notchesPlaced())
                .extracting(n -> n.get("channel").asInt()).contains(1, 2));
        assertThat(notchesPlaced()).allSatisfy(n -> assertThat(n.get("hz").asDouble()).as(n.toString())
                .isCloseTo(HOWL_HZ, within(HZ_TOLERANCE)));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(rack.value("audio", "ch2_notches")).isGreaterThanOrEqualTo(1.0));
    }

    @Test
    void aHowlLeftAloneGrowsToFullLevelAndTheNotchesStarveIt() throws Exception {
        rack.command("feedback_mode", "{\"mode\":\"off\"}");
        sim.inject("audio", "ch1_howl", String.valueOf(HOWL_HZ));
        await().atMost(Duration.ofSeconds(10)).until(() -> sim.card().howlAmplitude(1) >= 0.9 * HowlLoop.CAP);
        assertThat(notchesPlaced()).as("feedback suppression off").isEmpty();
        assertThat(sim.card().howlAmplitude(2)).as("channel 2's loop is stable").isZero();

        rack.command("feedback_mode", "{\"mode\":\"live\"}");
        await().atMost(Duration.ofSeconds(15)).until(() -> !notchesPlaced().isEmpty());
        assertThat(notchesPlaced().get(0).get("channel").asInt()).isEqualTo(1);
        assertThat(notchesPlaced().get(0).get("hz").asDouble()).isCloseTo(HOWL_HZ, within(HZ_TOLERANCE));
        await().atMost(Duration.ofSeconds(15)).until(() -> sim.card().howlAmplitude(1) < HowlLoop.CAP / 100);

        sim.inject("audio", "ch1_howl", "release");
        await().atMost(Duration.ofSeconds(15)).until(() -> sim.card().howlAmplitude(1) == 0);
    }

    @Test
    void aPulledCardIsReportedOfflineAndComesBackWhenPluggedIn() throws InterruptedException {
        sim.inject("audio", "state", "unplug"); // the word the other devices' simulators take; offline works too
        await().atMost(Duration.ofSeconds(15)).until(() -> !rack.isOnline("audio"));
        // the engine says offline first, then raises the alert
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(rack.alert("audio_device", "audio",
                "online")).hasValueSatisfying(a -> assertThat(a).startsWith("critical: Audio path down")));
        Thread.sleep(1000);
        assertThat(rack.isOnline("audio")).as("still away while unplugged").isFalse();
        sim.inject("audio", "state", "replug");
        await().atMost(Duration.ofSeconds(15)).until(() -> rack.isOnline("audio"));
        await().atMost(Duration.ofSeconds(15)).until(() -> rack.alert("audio_device", "audio", "online").isEmpty());
    }

    @Test
    void injectionsTheCardDoesNotKnowAreRefusedInWords() {
        assertThatThrownBy(() -> sim.inject("audio", "howl", "loud")).hasMessageContaining("Hz or 'release'");
        assertThatThrownBy(() -> sim.inject("audio", "howl", "5")).hasMessageContaining("20 Hz to 21600 Hz");
        assertThatThrownBy(() -> sim.inject("audio", "ch3_howl", "1000")).hasMessageContaining("channels 1 to 2");
        assertThatThrownBy(() -> sim.inject("audio", "volume", "3")).hasMessageContaining("no 'volume'");
        assertThatThrownBy(() -> sim.inject("audio", "state", "sideways")).hasMessageContaining("offline (or unplug), online (or replug) or garbage");
        assertThatThrownBy(() -> sim.inject("amp-a", "state", "offline")).hasMessageContaining("not the simulated");
    }

    private List<JsonNode> notchesPlaced() {
        return rack.published("audio/events").stream().map(p -> json(p.payload()))
                .filter(n -> n.get("event").asText().equals("notch_placed")).toList();
    }

    private static JsonNode json(String s) {
        try {
            return JSON.readTree(s);
        } catch (java.io.IOException e) {
            throw new AssertionError(s, e);
        }
    }
}
