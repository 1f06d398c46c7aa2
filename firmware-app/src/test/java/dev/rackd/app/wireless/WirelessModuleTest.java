package dev.rackd.app.wireless;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rackd.app.alerts.Alerts;
import dev.rackd.app.command.Commands;
import dev.rackd.app.core.DomainModule;
import dev.rackd.app.core.Messaging;
import dev.rackd.app.core.RackContext;
import dev.rackd.app.core.RackState;
import dev.rackd.app.state.StateStore;
import dev.rackd.config.ShowFile;
import dev.rackd.config.SpectrumScanner;
import dev.rackd.hal.Device;
import dev.rackd.hal.DeviceListener;
import dev.rackd.hal.Reading;
import dev.rackd.hal.Unit;
import dev.rackd.hal.wireless.rfexplorer.ScanPlan;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WirelessModuleTest {
    @TempDir
    Path dir;

    @Test
    void isFoundByServiceLoader() {
        assertThat(ServiceLoader.load(DomainModule.class).stream().map(p -> p.type().getName()))
                .contains(WirelessModule.class.getName());
    }

    @Test
    void startsADriverPerReceiverWatchesReadingsAndRegistersItsCommands() throws Exception {
        Context ctx = new Context(WirelessFakes.show(), new StateStore(dir, 1 << 20, Clock.systemUTC(), p -> { }));
        WirelessModule module = new WirelessModule();
        module.start(ctx);
        try {
            assertThat(ctx.attached).extracting(Device::id).containsExactly("ulxd-a", "em-b");
            assertThat(ctx.commands.handlers).containsOnlyKeys("rf_status", "rf_coordinate", "rf_deploy", "rf_retune",
                    "scan");
            ctx.readings.forEach(c -> c.accept(Reading.good("ulxd-a", "ch2_interference", 1, Unit.NONE,
                    Instant.EPOCH)));
            assertThat(ctx.alerts.active.get("wireless_interference|ulxd-a|ch2_interference").message())
                    .contains("; clean backup ");
        } finally {
            module.stop();
            ctx.attached.forEach(Device::close);
        }
    }

    @Test
    void theScanCoversTheShowFilesRangeAtItsResolution() {
        SpectrumScanner s = new SpectrumScanner("rfx", "RF Explorer", "/dev/null-rfx", 500_000, 520_000, 608_000, 50);
        assertThat(WirelessDrivers.scanner(s, Clock.systemUTC()).port().plan())
                .isEqualTo(new ScanPlan(520_000, 608_000, 50));
    }

    /** Just enough of the service for the module to start. */
    private static final class Context implements RackContext {
        final ShowFile show;
        final StateStore store;
        final List<Device> attached = new ArrayList<>();
        final List<Consumer<Reading>> readings = new ArrayList<>();
        final WirelessFakes.RecordingAlerts alerts = new WirelessFakes.RecordingAlerts();
        final WirelessFakes.RecordingCommands commands = new WirelessFakes.RecordingCommands();

        Context(ShowFile show, StateStore store) {
            this.show = show;
            this.store = store;
        }

        @Override
        public ShowFile show() {
            return show;
        }

        @Override
        public RackState state() {
            return new RackState() {
                @Override
                public Optional<Reading> latest(String deviceId, String metric) {
                    return Optional.empty();
                }

                @Override
                public Collection<Reading> all() {
                    return List.of();
                }

                @Override
                public boolean isOnline(String deviceId) {
                    return false;
                }

                @Override
                public Optional<Instant> lastSeen(String deviceId) {
                    return Optional.empty();
                }

                @Override
                public void onReading(Consumer<Reading> consumer) {
                    readings.add(consumer);
                }

                @Override
                public void onOnline(DeviceOnlineListener listener) {
                }
            };
        }

        @Override
        public DeviceListener listener() {
            return new DeviceListener() {
                @Override
                public void reading(Reading reading) {
                }

                @Override
                public void online(String deviceId, boolean online, String reason) {
                }
            };
        }

        @Override
        public void attach(Device device) {
            attached.add(device);
        }

        @Override
        public boolean isVirtual(String deviceId) {
            return false;
        }

        @Override
        public Alerts alerts() {
            return alerts;
        }

        @Override
        public Commands commands() {
            return commands;
        }

        @Override
        public StateStore store() {
            return store;
        }

        @Override
        public Messaging messaging() {
            return new WirelessFakes.RecordingMessaging();
        }

        @Override
        public Clock clock() {
            return Clock.systemUTC();
        }
    }
}
