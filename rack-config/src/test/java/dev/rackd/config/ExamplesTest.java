package dev.rackd.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rackd.config.Amplifier.AmpKind;
import dev.rackd.config.GpioOutput.OutputRole;
import dev.rackd.config.PowerMeter.Phase;
import dev.rackd.config.TemperatureSensor.SensorKind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped examples are what people copy: they must load, and hold the rack they describe. */
class ExamplesTest {
    private static final Path EXAMPLES = Path.of("examples");

    @Test
    void touringRackHoldsTheWholeRack() throws ShowFileException {
        ShowFile show = ShowFileLoader.load(EXAMPLES.resolve("touring-rack.yaml"));

        assertThat(show.rack().id()).isEqualTo("foh-a");
        assertThat(show.powerMeters()).hasSize(3)
                .allSatisfy(m -> assertThat(m.breakerAmps()).isEqualTo(32))
                .allSatisfy(m -> assertThat(m.port()).isEqualTo("/dev/ttyUSB0"));
        assertThat(show.powerMeters()).flatExtracting(PowerMeter::phases).containsExactly(Phase.L1, Phase.L2, Phase.L3);
        assertThat(show.powerMeters()).extracting(PowerMeter::address).containsExactly(1, 2, 3);
        assertThat(show.amplifiers()).hasSize(2).allSatisfy(a -> assertThat(a.channels()).isEqualTo(4));
        assertThat(show.amplifiers()).extracting(Amplifier::kind).containsExactly(AmpKind.POWERSOFT, AmpKind.AES70);
        assertThat(show.amplifiers().get(1).ocaObjects()).containsEntry("ch1_gain", 0x10001L).hasSize(16);
        assertThat(show.receivers().stream().mapToInt(r -> r.channels().size()).sum()).isEqualTo(8);
        assertThat(show.scanner()).isPresent();
        assertThat(show.audio().orElseThrow().channels()).isEqualTo(2);
        assertThat(show.temperatureSensors()).hasSize(6);
        assertThat(show.temperatureSensors()).filteredOn(t -> t.kind() == SensorKind.PI_SOC).hasSize(1);
        assertThat(show.dcMonitors()).singleElement().satisfies(d -> assertThat(d.address()).isEqualTo(0x40));
        assertThat(show.sequence()).hasSize(3);
        assertThat(show.gpioOutputs()).extracting(GpioOutput::role).containsOnly(OutputRole.RELAY, OutputRole.LED,
                OutputRole.BUZZER).contains(OutputRole.LED, OutputRole.BUZZER);
        assertThat(show.gpioInputs()).hasSize(1);
        assertThat(show.alerts().rules()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(show.auth().users()).isNotEmpty();
        assertThat(show.deviceIds()).hasSize(3 + 1 + 6 + 2 + 3 + 1).doesNotHaveDuplicates();
    }

    @Test
    void minimalFileGetsEveryDefault() throws ShowFileException {
        ShowFile show = ShowFileLoader.load(EXAMPLES.resolve("minimal.yaml"));

        assertThat(show.rack().id()).isEqualTo("minimal-rack");
        assertThat(show.rack().name()).isEqualTo("minimal-rack");
        var mains = show.rack().mains();
        assertThat(List.of(mains.nominalVoltage(), mains.nominalFrequencyHz(), mains.voltageTolerancePercent(),
                mains.frequencyTolerancePercent(), mains.imbalanceWarningPercent()))
                .containsExactly(230.0, 50.0, 10.0, 1.0, 20.0);
        var mqtt = show.mqtt();
        assertThat(mqtt.broker()).isEmpty();
        assertThat(mqtt.embeddedHost()).isEqualTo("127.0.0.1");
        assertThat(mqtt.embeddedPort()).isEqualTo(1883);
        assertThat(mqtt.clientId()).isEqualTo("rackd-minimal-rack");
        assertThat(mqtt.telemetryInterval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(show.stateDir()).isEqualTo(Path.of("/var/lib/rackd"));
        assertThat(show.alerts().offlineAfterPolls()).isEqualTo(3);
        assertThat(show.deviceIds()).isEmpty();
        assertThat(show.audio()).isEmpty();
        assertThat(show.coordination()).isEmpty();
    }
}
