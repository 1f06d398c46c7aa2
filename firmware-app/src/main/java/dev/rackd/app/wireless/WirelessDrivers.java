package dev.rackd.app.wireless;

import dev.rackd.config.SpectrumScanner;
import dev.rackd.config.WirelessReceiver;
import dev.rackd.config.WirelessReceiver.WirelessChannel;
import dev.rackd.hal.Device;
import dev.rackd.hal.serial.JSerialCommLink;
import dev.rackd.hal.serial.SerialSettings;
import dev.rackd.hal.wireless.rfexplorer.RfExplorer;
import dev.rackd.hal.wireless.rfexplorer.RfExplorerConfig;
import dev.rackd.hal.wireless.rfexplorer.ScanPlan;
import dev.rackd.hal.wireless.scan.ScanPoint;
import dev.rackd.hal.wireless.sennheiser.SennheiserReceiver;
import dev.rackd.hal.wireless.sennheiser.SennheiserReceiverConfig;
import dev.rackd.hal.wireless.shure.ShureFamily;
import dev.rackd.hal.wireless.shure.ShureReceiver;
import dev.rackd.hal.wireless.shure.ShureReceiverConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

/** Maps the show file's receivers and scanner onto the hal drivers' own small configs. */
final class WirelessDrivers {
    private WirelessDrivers() {}

    /** A driver and the port the domain talks to. */
    record Receiver(Device device, ReceiverPort port) {}

    record Scanner(Device device, ScannerPort port) {}

    /** A receiver port over any driver: its id, its online flag and its tune call. */
    private record Port(String id, BooleanSupplier isOnline, Tuner tuner) implements ReceiverPort {
        @Override
        public boolean online() {
            return isOnline.getAsBoolean();
        }

        @Override
        public CompletableFuture<Long> tune(int channel, long khz) {
            return tuner.tune(channel, khz);
        }
    }

    @FunctionalInterface
    private interface Tuner {
        CompletableFuture<Long> tune(int channel, long khz);
    }

    static Receiver receiver(WirelessReceiver r, Clock clock) {
        Duration meter = r.meterInterval().toMillis() < 100 ? Duration.ofMillis(100) : r.meterInterval();
        if (r.kind() == WirelessReceiver.ReceiverKind.SENNHEISER_EW) {
            SennheiserReceiver d = new SennheiserReceiver(SennheiserReceiverConfig.of(r.id(), r.host(), r.port(), meter),
                    clock);
            return new Receiver(d, new Port(r.id(), d::online, (channel, khz) -> d.setFrequency(khz)));
        }
        List<Integer> channels = r.channels().stream().map(WirelessChannel::channel).toList();
        ShureReceiver d = new ShureReceiver(ShureReceiverConfig.of(r.id(), r.host(), r.port(), family(r.kind()),
                channels, meter), clock);
        return new Receiver(d, new Port(r.id(), d::online, d::setFrequency));
    }

    /** Which metering layout the receiver sends. */
    static ShureFamily family(WirelessReceiver.ReceiverKind kind) {
        return switch (kind) {
            case SHURE_SLXD -> ShureFamily.SLXD;
            case SHURE_AXIENT -> ShureFamily.AXIENT;
            case SHURE_ULXD, SHURE_QLXD, SENNHEISER_EW -> ShureFamily.ULXD;
        };
    }

    static Scanner scanner(SpectrumScanner s, Clock clock) {
        SerialSettings serial = SerialSettings.eightN1(s.port(), s.baud(), Duration.ofMillis(100));
        RfExplorer d = new RfExplorer(RfExplorerConfig.of(s.id(), s.port(), s.baud()), () -> new JSerialCommLink(serial),
                clock);
        ScanPlan full = new ScanPlan(s.scanMinKhz(), s.scanMaxKhz(), s.resolutionKhz());
        return new Scanner(d, new ScannerPort() {
            @Override
            public String id() {
                return s.id();
            }

            @Override
            public boolean online() {
                return d.online();
            }

            @Override
            public ScanPlan plan() {
                return full;
            }

            @Override
            public CompletableFuture<List<ScanPoint>> scan(ScanPlan plan) {
                return d.scan(plan);
            }
        });
    }
}
