package dev.rackd.app.core;

import dev.rackd.hal.Device;
import dev.rackd.hal.DeviceListener;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns every attached driver: starts them (at once if the service already runs), closes them on stop,
 * one device per id. Virtual devices from the simulation are attached first and win over a driver a
 * domain attaches for the same id.
 */
public final class DeviceSupervisor {
    private static final Logger log = LoggerFactory.getLogger(DeviceSupervisor.class);

    private final DeviceListener listener;
    private final Set<String> virtualIds;
    private final Consumer<Device> onStart;
    private final Map<String, Device> devices = new LinkedHashMap<>();
    private boolean started;
    private boolean closed;

    public DeviceSupervisor(DeviceListener listener, Set<String> virtualIds) {
        this(listener, virtualIds, device -> {});
    }

    /** @param onStart told of each device once it started (the watchdog follows its progress from then) */
    public DeviceSupervisor(DeviceListener listener, Set<String> virtualIds, Consumer<Device> onStart) {
        this.listener = listener;
        this.virtualIds = Set.copyOf(virtualIds);
        this.onStart = onStart;
    }

    public boolean isVirtual(String deviceId) {
        return virtualIds.contains(deviceId);
    }

    /** Takes the device; refuses (closes) a second device under an id already attached. */
    public synchronized void attach(Device device) {
        if (closed) {
            device.close();
            return;
        }
        Device existing = devices.putIfAbsent(device.id(), device);
        if (existing != null) {
            log.warn("device '{}' is already attached ({}); ignoring the second driver {}", device.id(),
                    existing.getClass().getSimpleName(), device.getClass().getSimpleName());
            device.close();
            return;
        }
        if (started) {
            start(device);
        }
    }

    /** Starts every device attached so far; later attaches start at once. */
    public synchronized void startAll() {
        started = true;
        devices.values().forEach(this::start);
    }

    public synchronized List<Device> devices() {
        return List.copyOf(devices.values());
    }

    /** Closes every device, newest first; never throws. */
    public synchronized void closeAll() {
        closed = true;
        List<Device> reverse = new ArrayList<>(devices.values());
        java.util.Collections.reverse(reverse);
        for (Device d : reverse) {
            try {
                d.close();
            } catch (RuntimeException e) {
                log.warn("closing {} failed: {}", d.id(), e.toString());
            }
        }
    }

    private void start(Device device) {
        try {
            device.start(listener);
        } catch (RuntimeException e) {
            // The contract says start never throws; a driver that does must not stop the others.
            log.error("driver for '{}' failed to start", device.id(), e);
            listener.online(device.id(), false, "driver failed to start: " + e.getMessage());
        }
        onStart.accept(device);
    }
}
