package dev.rackd.app.wireless;

import dev.rackd.app.core.DomainModule;
import dev.rackd.app.core.RackContext;
import dev.rackd.config.WirelessReceiver;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The wireless domain: a driver per receiver and for the scanner, the channel watch on their readings (alerts,
 * interference backups, automatic re-tunes where allowed), and the wireless commands. Devices the simulation backs
 * with a value model get no driver; they are watched, but cannot be tuned.
 */
public final class WirelessModule implements DomainModule {
    /** Automatic re-tunes and finished scans: never on a driver's owner thread or the reading thread. */
    private ExecutorService background;

    @Override
    public String name() {
        return "wireless";
    }

    @Override
    public void start(RackContext context) {
        Map<String, ReceiverPort> ports = new LinkedHashMap<>();
        for (WirelessReceiver r : context.show().receivers()) {
            if (!context.isVirtual(r.id())) {
                WirelessDrivers.Receiver d = WirelessDrivers.receiver(r, context.clock());
                context.attach(d.device());
                ports.put(r.id(), d.port());
            }
        }
        Optional<ScannerPort> scanner = context.show().scanner().filter(s -> !context.isVirtual(s.id())).map(s -> {
            WirelessDrivers.Scanner d = WirelessDrivers.scanner(s, context.clock());
            context.attach(d.device());
            return d.port();
        });
        PlanStore plans = new PlanStore(context.store());
        WirelessRuntime runtime = new WirelessRuntime(context.show(), ports, plans, context.messaging());
        BackupFinder finder = new BackupFinder(context.show());
        background = Executors.newVirtualThreadPerTaskExecutor();
        ChannelWatch watch = new ChannelWatch(runtime, context.alerts(), finder, background);
        context.state().onReading(watch);
        new WirelessCommands(runtime, watch, finder, new ScanRunner(scanner, runtime, plans, background))
                .register(context.commands());
    }

    @Override
    public void stop() {
        if (background != null) {
            background.shutdownNow();
        }
    }
}
