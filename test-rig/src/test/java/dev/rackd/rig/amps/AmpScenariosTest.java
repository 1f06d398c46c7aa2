package dev.rackd.rig.amps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.rackd.app.amps.AmpModule;
import dev.rackd.app.command.CommandException;
import dev.rackd.app.command.ErrorCode;
import dev.rackd.app.core.DomainModule;
import dev.rackd.config.Amplifier;
import dev.rackd.config.ShowFile;
import dev.rackd.config.ShowFileLoader;
import dev.rackd.rig.fixtures.FakeRack;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The amps domain end to end below MQTT: the show file, the simulators on real sockets, the real drivers, the
 * module found by ServiceLoader, and what the crew would see (alerts, readings, command answers).
 */
class AmpScenariosTest {
    static final String SHOW = """
            rack: {id: foh-a, name: FOH Rack A}
            amplifiers:
              - id: amp-b
                label: Amp B
                kind: powersoft
                host: 10.10.0.31
                channels: 4
                poll: 200ms
                channel_settings:
                  - {channel: 1, name: Sub L, gain_db: -6, min_gain_db: -20, max_gain_db: 0, load_ohms: 4}
                  - {channel: 2, gain_db: -3, load_ohms: 8, load_tolerance_percent: 20}
                  - {channel: 3, gain_db: -3, load_ohms: 8}
              - id: amp-d
                label: Amp D
                kind: aes70
                host: 10.10.0.32
                port: 50014
                channels: 2
                poll: 200ms
                channel_settings:
                  - {channel: 1, name: Top L, gain_db: 0, min_gain_db: -20, max_gain_db: 6, load_ohms: 8}
                oca_objects: {ch1_gain: 0x10001, ch1_mute: 0x10002, ch1_temperature: 0x10003, ch1_impedance: 0x10004,
                              ch1_protect: 0x10005, ch2_gain: 0x20001, ch2_mute: 0x20002}
            """;

    @TempDir
    Path work;
    private AmpFamilySimulator sims;
    private FakeRack rack;

    @BeforeEach
    void start() throws Exception {
        ShowFile show = ShowFileLoader.parse(SHOW, "rack.yaml");
        sims = new AmpFamilySimulator(20.0); // twenty simulated seconds of heat per real second
        rack = new FakeRack(sims.start(show, work));
        // The service finds the module by ServiceLoader; here it gets a trend that needs 2 s of history, not 10.
        assertThat(ServiceLoader.load(DomainModule.class).stream().map(ServiceLoader.Provider::type))
                .contains(AmpModule.class);
        new AmpModule(Duration.ofMinutes(1), Duration.ofSeconds(2)).start(rack);
        await().atMost(Duration.ofSeconds(15)).until(() -> rack.isOnline("amp-b") && rack.isOnline("amp-d"));
    }

    @AfterEach
    void stop() {
        rack.close();
        sims.close();
    }

    @Test
    void aGoodRackStartsWithoutAlerts() {
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(rack.value("amp-b", "ch1_load")).isEqualTo(4.0);
            assertThat(rack.value("amp-d", "ch1_load")).isEqualTo(8.0);
        });
        assertThat(rack.alertMessages()).isEmpty();
    }

    @Test
    void aChannelHeatingUnderLoadShowsItsTrendAndThenProtectsItself() {
        sims.inject("amp-d", "ch1_drive", "3"); // overdriven into the rail: 1.8 kW into 8 Ω, the heatsink heads for 120 °C
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(rack.value("amp-d", "ch1_temperature_trend"))
                .as("°C per minute").isGreaterThan(5.0));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(rack.alertMessages())
                .contains("Amp D ch 1 (Top L) limiting to protect itself (heat or load)"));
        assertThat(rack.value("amp-d", "ch1_temperature")).as("limiting from 80 °C, released under 75 °C").isGreaterThan(70.0);
    }

    @Test
    void aPowersoftAmpsOwnAlarmsAreSaidInTheCrewsWords() {
        sims.inject("amp-b", "ch1_temperature", "85");
        sims.inject("amp-b", "mains_fault", "1");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(rack.alertMessages()).contains(
                "Amp B ch 1 (Sub L) limiting to protect itself (heat or load)",
                "Amp B mains fault: a missing phase, DC or no mains"));
        sims.inject("amp-b", "mains_fault", "0");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(rack.alertMessages())
                .doesNotContain("Amp B mains fault: a missing phase, DC or no mains"));
    }

    @Test
    void aFailingFanHoldsTheHeatUntilReleasedAndThenTheChannelCoolsAndStopsLimiting() {
        sims.inject("amp-d", "ch1_temperature", "85");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(rack.alertMessages())
                .contains("Amp D ch 1 (Top L) limiting to protect itself (heat or load)"));
        // Twenty simulated seconds per real second: unpinned, 85 °C would be under 75 °C in about 1.3 s.
        Instant later = Instant.now().plusSeconds(2);
        await().atMost(Duration.ofSeconds(15)).until(() -> rack.latest("amp-d", "ch1_temperature")
                .filter(r -> r.time().isAfter(later)).isPresent());
        assertThat(rack.value("amp-d", "ch1_temperature")).as("held by the injection").isEqualTo(85.0);
        sims.inject("amp-d", "ch1_temperature", "release");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(rack.value("amp-d", "ch1_temperature")).as("cooling on its own").isLessThan(75.0);
            assertThat(rack.alertMessages()).noneMatch(m -> m.contains("limiting"));
        });
    }

    @Test
    void anObjectMapRackdCannotDriveIsAnAlertNotACrash() throws Exception {
        String yaml = """
                rack: {id: foh-a}
                amplifiers:
                  - {id: amp-e, label: Amp E, kind: aes70, host: 127.0.0.1, port: 1, channels: 1,
                     oca_objects: {ch1_gain: 1%s}}
                """;
        // the show file refuses the role first; should a map get past it, the driver still only raises an alert
        assertThatThrownBy(() -> ShowFileLoader.parse(yaml.formatted(", ch1_eq_frequency: 2"), "odd.yaml"))
                .hasMessageContaining("'ch1_eq_frequency' is no role rackd knows");
        ShowFile valid = ShowFileLoader.parse(yaml.formatted(""), "odd.yaml");
        Amplifier e = valid.amplifiers().get(0);
        Amplifier undrivable = new Amplifier(e.id(), e.label(), e.kind(), e.host(), e.port(), e.channels(),
                e.settings(), Map.of("ch1_gain", 1L, "ch1_eq_frequency", 2L), e.poll());
        ShowFile odd = new ShowFile(valid.rack(), valid.mqtt(), valid.stateDir(), valid.powerMeters(),
                valid.dcMonitors(), valid.temperatureSensors(), List.of(undrivable), valid.receivers(),
                valid.scanner(), valid.coordination(), valid.audio(), valid.gpioOutputs(), valid.gpioInputs(),
                valid.sequence(), valid.alerts(), valid.auth());
        try (FakeRack other = new FakeRack(odd)) {
            new AmpModule().start(other);
            assertThat(other.alertMessages()).singleElement().asString()
                    .startsWith("Amp E cannot be driven: amp amp-e: object role 'ch1_eq_frequency' is not one rackd knows");
            assertThatThrownBy(() -> other.command("mute", "{\"device\":\"amp-e\",\"channel\":1}"))
                    .hasMessageContaining("nothing was sent");
        }
    }

    @Test
    void injectionsTheAmpsDoNotKnowAreRefusedInWords() {
        assertThatThrownBy(() -> sims.inject("amp-b", "ch9_gain", "0")).hasMessageContaining("channels 1 to 4");
        assertThatThrownBy(() -> sims.inject("amp-b", "ch1_gain", "loud")).hasMessageContaining("'loud' is not a number");
        assertThatThrownBy(() -> sims.inject("amp-b", "smoke", "1")).hasMessageContaining("has no 'smoke'");
        assertThatThrownBy(() -> sims.inject("amp-x", "state", "offline")).hasMessageContaining("amp-b, amp-d");
    }

    @Test
    void anOpenLoadIsCalledOutAndClearsWhenFixed() {
        sims.inject("amp-b", "ch2_load", "open");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(rack.alertMessages())
                .contains("Amp B ch 2 load 2000 Ω, expected 8.0 Ω: open circuit; blown driver or cut cable?"));
        sims.inject("amp-b", "ch2_load", "release");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(rack.alertMessages()).isEmpty());
    }

    @Test
    void aDriftedGainIsCalledOutAndRestored() throws Exception {
        sims.inject("amp-b", "ch3_gain", "-6");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(rack.alertMessages())
                .containsExactly("Amp B ch 3 gain -6.0 dB, show file says -3.0 dB"));
        assertThatThrownBy(() -> rack.command("restore", "{\"device\":\"amp-b\"}"))
                .isInstanceOf(CommandException.class).hasMessageContaining("confirm");
        Object result = rack.command("restore", "{\"device\":\"amp-b\",\"confirm\":true}");
        assertThat(result.toString()).contains("channel=3, gain_db=-3.0, muted=false");
        assertThat(sims.amp("amp-b").model().gainDb(3)).isEqualTo(-3.0);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(rack.alertMessages()).isEmpty());
    }

    @Test
    void aDriftedAes70GainIsSeenByNotificationAndRestored() throws Exception {
        sims.inject("amp-d", "ch1_gain", "-10");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(rack.alertMessages())
                .containsExactly("Amp D ch 1 (Top L) gain -10.0 dB, show file says 0.0 dB"));
        rack.command("restore", "{\"device\":\"amp-d\",\"confirm\":true}");
        assertThat(sims.amp("amp-d").model().gainDb(1)).isZero();
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(rack.alertMessages()).isEmpty());
    }

    @Test
    void anAmpDroppingOffTheNetworkIsRefusedCommandsAndComesBack() throws Exception {
        sims.inject("amp-b", "state", "offline");
        await().atMost(Duration.ofSeconds(15)).until(() -> !rack.isOnline("amp-b"));
        assertThatThrownBy(() -> rack.command("mute", "{\"device\":\"amp-b\",\"channel\":1}"))
                .isInstanceOf(CommandException.class)
                .satisfies(e -> assertThat(((CommandException) e).code()).isEqualTo(ErrorCode.DEVICE_OFFLINE));
        assertThat(rack.latest("amp-b", "ch1_gain")).hasValueSatisfying(r -> assertThat(r.quality().wireName()).isEqualTo("stale"));
        sims.inject("amp-b", "state", "online");
        await().atMost(Duration.ofSeconds(15)).until(() -> rack.isOnline("amp-b"));
        assertThat(sims.amp("amp-b").model().muted(1)).as("the refused mute never reached the amp").isFalse();
        assertThat(rack.command("mute", "{\"device\":\"amp-b\",\"channel\":1}").toString()).contains("muted=true");
    }
}
