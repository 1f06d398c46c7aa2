package dev.rackd.rig.sim;

import dev.rackd.config.AlertSettings;
import dev.rackd.config.Amplifier;
import dev.rackd.config.AuthSettings;
import dev.rackd.config.DcMonitor;
import dev.rackd.config.MainsSettings;
import dev.rackd.config.MqttSettings;
import dev.rackd.config.PowerMeter;
import dev.rackd.config.RackInfo;
import dev.rackd.config.ShowFile;
import dev.rackd.config.TemperatureSensor;
import dev.rackd.config.WirelessReceiver;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Small show files built in code, for tests of the value models. */
final class Shows {
    static final Duration POLL = Duration.ofMillis(100);

    private Shows() {}

    static ShowFile small() {
        var mains = new MainsSettings(230, 50, MainsSettings.MainsMode.GRID, 10, 1, 20);
        var mqtt = new MqttSettings(Optional.empty(), "127.0.0.1", 1883, "rackd-t", Optional.empty(), Optional.empty(),
                Optional.empty(), Duration.ofSeconds(10), 1000);
        var meter = new PowerMeter("distro", "Distro", PowerMeter.MeterKind.SDM630, "/dev/null", 1, 9600,
                List.of(PowerMeter.Phase.L1, PowerMeter.Phase.L2, PowerMeter.Phase.L3), 32, POLL);
        var rail = new DcMonitor("rail-24v", "24 V rail", DcMonitor.DcKind.INA226, 1, 0x40, 0.01, 8, POLL);
        var exhaust = new TemperatureSensor("amp-exhaust", "Amp exhaust", TemperatureSensor.SensorKind.DS18B20,
                Optional.of("28-1"), Optional.empty(), 50, 60, 2, POLL);
        var amp = new Amplifier("amp-a", "Amp A", Amplifier.AmpKind.POWERSOFT, "127.0.0.1", 1234, 2,
                List.of(new Amplifier.AmpChannel(1, "Main L", -3, false, -20, 0, 4, 20),
                        new Amplifier.AmpChannel(2, "Spare", 0, true, -20, 0, 0, 20)), Map.of(), POLL);
        var rx = new WirelessReceiver("ulxd-1", "ULXD", WirelessReceiver.ReceiverKind.SHURE_ULXD, "127.0.0.1", 2202,
                470125, 533875, 25, List.of(new WirelessReceiver.WirelessChannel(1, "Vox", WirelessReceiver.ChannelUse.MIC,
                        482350, false)), POLL);
        return new ShowFile(new RackInfo("test-rack", "Test rack", mains), mqtt, Path.of("state"), List.of(meter),
                List.of(rail), List.of(exhaust), List.of(amp), List.of(rx), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), List.of(), List.of(), new AlertSettings(3, List.of()),
                new AuthSettings(Map.of(), Map.of()));
    }
}
