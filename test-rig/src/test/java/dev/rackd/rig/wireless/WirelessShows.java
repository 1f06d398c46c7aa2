package dev.rackd.rig.wireless;

import dev.rackd.config.AlertSettings;
import dev.rackd.config.AuthSettings;
import dev.rackd.config.CoordinationSettings;
import dev.rackd.config.MainsSettings;
import dev.rackd.config.MqttSettings;
import dev.rackd.config.RackInfo;
import dev.rackd.config.ShowFile;
import dev.rackd.config.SpectrumScanner;
import dev.rackd.config.WirelessReceiver;
import dev.rackd.config.WirelessReceiver.ChannelUse;
import dev.rackd.config.WirelessReceiver.WirelessChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A small show file with a ULX-D pair, a Sennheiser EM and an RF Explorer. */
final class WirelessShows {
    private WirelessShows() {}

    static ShowFile twoReceiversAndAScanner() {
        WirelessReceiver ulxd = new WirelessReceiver("ulxd-a", "Vocals", WirelessReceiver.ReceiverKind.SHURE_ULXD,
                "10.0.0.21", 2202, 470_000, 534_000, 25,
                List.of(new WirelessChannel(1, "Lead", ChannelUse.MIC, 518_200, true),
                        new WirelessChannel(2, "BV", ChannelUse.MIC, 519_400, false)), Duration.ofMillis(200));
        WirelessReceiver em = new WirelessReceiver("em-b", "Guitar", WirelessReceiver.ReceiverKind.SENNHEISER_EW,
                "10.0.0.22", 53212, 470_000, 558_000, 25,
                List.of(new WirelessChannel(1, "Gtr", ChannelUse.MIC, 524_000, false)), Duration.ofMillis(100));
        CoordinationSettings coordination = new CoordinationSettings(CoordinationSettings.TvPlan.US, List.of(16),
                List.of(), CoordinationSettings.Profile.STANDARD, -85, 2);
        return new ShowFile(new RackInfo("rack-a", "Rack A", new MainsSettings(230, 50, MainsSettings.MainsMode.GRID,
                10, 1, 20)),
                new MqttSettings(Optional.empty(), "127.0.0.1", 1883, "rackd", Optional.empty(), Optional.empty(),
                        Optional.empty(), Duration.ofSeconds(10), 1000),
                Path.of("state"), List.of(), List.of(), List.of(), List.of(), List.of(ulxd, em),
                Optional.of(new SpectrumScanner("rfe", "Scanner", "/dev/ttyUSB0", 500_000, 470_000, 560_000, 50)), Optional.of(coordination),
                Optional.empty(), List.of(), List.of(), List.of(), new AlertSettings(3, List.of()),
                new AuthSettings(Map.of(), Map.of()));
    }
}
