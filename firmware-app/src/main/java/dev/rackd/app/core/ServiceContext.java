package dev.rackd.app.core;

import dev.rackd.app.alerts.Alerts;
import dev.rackd.app.command.Commands;
import dev.rackd.app.state.StateStore;
import dev.rackd.config.ShowFile;
import dev.rackd.hal.Device;
import dev.rackd.hal.DeviceListener;
import java.time.Clock;

/** The {@link RackContext} handed to every domain module: the running service's parts, nothing more. */
record ServiceContext(
        ShowFile show,
        LiveRackState state,
        DeviceSupervisor devices,
        Alerts alerts,
        Commands commands,
        StateStore store,
        Messaging messaging,
        Clock clock) implements RackContext {

    @Override
    public DeviceListener listener() {
        return state;
    }

    @Override
    public void attach(Device device) {
        devices.attach(device);
    }

    @Override
    public boolean isVirtual(String deviceId) {
        return devices.isVirtual(deviceId);
    }
}
