package dev.rackd.app.power;

import dev.rackd.config.AlertSettings;
import dev.rackd.config.AuthSettings;
import dev.rackd.config.GpioOutput;
import dev.rackd.config.MainsSettings;
import dev.rackd.config.MqttSettings;
import dev.rackd.config.PowerMeter;
import dev.rackd.config.PowerMeter.MeterKind;
import dev.rackd.config.PowerMeter.Phase;
import dev.rackd.config.RackInfo;
import dev.rackd.config.SequenceStep;
import dev.rackd.config.ShowFile;
import dev.rackd.config.TemperatureSensor;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Small show files for the domain's tests. */
final class TestShows {
    private TestShows() {}

    static ShowFile pzemDistro(MainsSettings.MainsMode mode) {
        return show(mode, List.of(
                pzem("distro-l1", 1, Phase.L1), pzem("distro-l2", 2, Phase.L2), pzem("distro-l3", 3, Phase.L3)));
    }

    static ShowFile sdmDistro(MainsSettings.MainsMode mode) {
        return show(mode, List.of(new PowerMeter("distro", "Distro", MeterKind.SDM630, "/dev/ttyUSB0", 1, 9600,
                List.of(Phase.L1, Phase.L2, Phase.L3), 32, Duration.ofSeconds(1))));
    }

    private static PowerMeter pzem(String id, int address, Phase phase) {
        return new PowerMeter(id, "Distro " + phase, MeterKind.PZEM004T, "/dev/ttyUSB0", address, 9600,
                List.of(phase), 32, Duration.ofSeconds(1));
    }

    private static ShowFile show(MainsSettings.MainsMode mode, List<PowerMeter> meters) {
        List<TemperatureSensor> sensors = List.of(
                new TemperatureSensor("amp-1-temp", "Amp 1", TemperatureSensor.SensorKind.DS18B20,
                        Optional.of("28-000000000001"), Optional.empty(), 55, 65, 2, Duration.ofSeconds(5)),
                new TemperatureSensor("amp-2-temp", "Amp 2", TemperatureSensor.SensorKind.DS18B20,
                        Optional.of("28-000000000002"), Optional.empty(), 55, 65, 2, Duration.ofSeconds(5)),
                new TemperatureSensor("pi", "Controller (Pi)", TemperatureSensor.SensorKind.PI_SOC, Optional.empty(),
                        Optional.empty(), 70, 80, 3, Duration.ofSeconds(5)));
        List<GpioOutput> relays = List.of(
                new GpioOutput("relay-1", "Amps A", 17, GpioOutput.OutputRole.RELAY, false),
                new GpioOutput("relay-2", "Amps B", 27, GpioOutput.OutputRole.RELAY, false),
                new GpioOutput("relay-3", "Subs", 22, GpioOutput.OutputRole.RELAY, false));
        List<SequenceStep> steps = List.of(
                new SequenceStep("relay-1", "Amps A", Duration.ofMillis(150)),
                new SequenceStep("relay-2", "Amps B", Duration.ofMillis(150)),
                new SequenceStep("relay-3", "Subs", Duration.ofMillis(150)));
        MainsSettings mains = new MainsSettings(230, 50, mode, 10, mode == MainsSettings.MainsMode.GRID ? 1 : 2, 20);
        MqttSettings mqtt = new MqttSettings(Optional.empty(), "127.0.0.1", 1883, "rackd-test", Optional.empty(),
                Optional.empty(), Optional.empty(), Duration.ofSeconds(1), 1000);
        return new ShowFile(new RackInfo("test-rack", "Test Rack", mains), mqtt, Path.of("state"), meters, List.of(),
                sensors, List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), relays, List.of(),
                steps, new AlertSettings(3, List.of()), new AuthSettings(Map.of(), Map.of()));
    }
}
