package dev.rackd.rig.power;

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
import dev.rackd.config.TemperatureSensor.SensorKind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Show files for power tests and the bench, built in code (the power sections only). */
public final class PowerShows {
    private PowerShows() {}

    /** A 32 A three-phase distro metered by three PZEMs, eight DS18B20s, the Pi, three relay steps. */
    public static ShowFile pzemDistro(MainsSettings.MainsMode mode, Duration poll) {
        List<PowerMeter> meters = new ArrayList<>();
        for (Phase p : Phase.values()) {
            meters.add(new PowerMeter("distro-" + p.name().toLowerCase(java.util.Locale.ROOT), "Distro " + p,
                    MeterKind.PZEM004T, "/dev/ttyUSB0", p.ordinal() + 1, 9600, List.of(p), 32, poll));
        }
        return show(mode, meters, poll);
    }

    /** The same distro metered by one SDM630. */
    public static ShowFile sdmDistro(MainsSettings.MainsMode mode, Duration poll) {
        return show(mode, List.of(new PowerMeter("distro", "Distro", MeterKind.SDM630, "/dev/ttyUSB0", 1, 9600,
                List.of(Phase.L1, Phase.L2, Phase.L3), 32, poll)), poll);
    }

    private static ShowFile show(MainsSettings.MainsMode mode, List<PowerMeter> meters, Duration poll) {
        List<TemperatureSensor> sensors = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            sensors.add(new TemperatureSensor("amp-" + i + "-temp", "Amp " + i, SensorKind.DS18B20,
                    Optional.of(String.format("28-00000000%04x", i)), Optional.empty(), 55, 65, 2, poll));
        }
        sensors.add(new TemperatureSensor("pi", "Rack Pi", SensorKind.PI_SOC, Optional.empty(), Optional.empty(),
                70, 80, 3, poll));
        List<GpioOutput> relays = List.of(
                new GpioOutput("relay-1", "Amps A", 17, GpioOutput.OutputRole.RELAY, false),
                new GpioOutput("relay-2", "Amps B", 27, GpioOutput.OutputRole.RELAY, false),
                new GpioOutput("relay-3", "Subs", 22, GpioOutput.OutputRole.RELAY, false));
        List<SequenceStep> steps = List.of(
                new SequenceStep("relay-1", "Amps A", Duration.ofMillis(200)),
                new SequenceStep("relay-2", "Amps B", Duration.ofMillis(200)),
                new SequenceStep("relay-3", "Subs", Duration.ofMillis(200)));
        MainsSettings mains = new MainsSettings(230, 50, mode, 10, mode == MainsSettings.MainsMode.GRID ? 1 : 2, 20);
        MqttSettings mqtt = new MqttSettings(Optional.empty(), "127.0.0.1", 1883, "rackd-test", Optional.empty(),
                Optional.empty(), Optional.empty(), Duration.ofSeconds(1), 1000);
        return new ShowFile(new RackInfo("test-rack", "Test Rack", mains), mqtt, Path.of("state"), meters, List.of(),
                sensors, List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), relays, List.of(),
                steps, new AlertSettings(3, List.of()), new AuthSettings(Map.of(), Map.of()));
    }
}
