package dev.rackd.app.core;

import dev.rackd.app.alerts.Alerts;
import dev.rackd.app.command.Commands;
import dev.rackd.app.state.StateStore;
import dev.rackd.config.ShowFile;
import dev.rackd.hal.Device;
import dev.rackd.hal.DeviceListener;
import java.time.Clock;

/** What a {@link DomainModule} may use. One instance per running service. */
public interface RackContext {
    ShowFile show();

    /** Latest readings and device states. */
    RackState state();

    /** Where drivers report; feeds the rack state, the alert rules and telemetry. */
    DeviceListener listener();

    /**
     * Hands a driver to the service, which starts it, watches its progress for the watchdog and closes
     * it on stop.
     */
    void attach(Device device);

    /**
     * True when simulation already backs this device with a value model; the domain then creates
     * no driver for it.
     */
    boolean isVirtual(String deviceId);

    Alerts alerts();

    Commands commands();

    StateStore store();

    /** Publishes domain events and state that are not readings (e.g. notch placed). */
    Messaging messaging();

    Clock clock();
}
