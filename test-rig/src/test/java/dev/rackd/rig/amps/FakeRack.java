package dev.rackd.rig.amps;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rackd.app.alerts.Alerts;
import dev.rackd.app.alerts.Severity;
import dev.rackd.app.command.CommandException;
import dev.rackd.app.command.CommandHandler;
import dev.rackd.app.command.CommandRequest;
import dev.rackd.app.command.Commands;
import dev.rackd.app.core.Messaging;
import dev.rackd.app.core.RackContext;
import dev.rackd.app.core.RackState;
import dev.rackd.app.state.StateStore;
import dev.rackd.config.AuthSettings.Role;
import dev.rackd.config.ShowFile;
import dev.rackd.hal.Device;
import dev.rackd.hal.DeviceListener;
import dev.rackd.hal.Reading;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A rack context in memory for scenario tests of a domain module: rack state, alerts as the crew would see
 * them and the command door reduced to its handlers. The service's own context replaces it end to end.
 */
final class FakeRack implements RackContext, RackState, Alerts, Commands, DeviceListener, AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ShowFile show;
    private final Map<String, Reading> latest = new ConcurrentHashMap<>();
    private final Map<String, Boolean> online = new ConcurrentHashMap<>();
    private final List<Consumer<Reading>> readingListeners = new CopyOnWriteArrayList<>();
    private final List<DeviceOnlineListener> onlineListeners = new CopyOnWriteArrayList<>();
    private final List<Device> devices = new CopyOnWriteArrayList<>();
    private final Map<String, CommandHandler> handlers = new ConcurrentHashMap<>();
    final Map<String, String> alerts = new ConcurrentHashMap<>();

    FakeRack(ShowFile show) {
        this.show = show;
    }

    /** Sends a command as the crew would and returns its result. */
    Object command(String name, String json) throws Exception {
        CommandHandler h = handlers.get(name);
        if (h == null) {
            throw new CommandException(dev.rackd.app.command.ErrorCode.UNKNOWN_COMMAND, name);
        }
        return h.handle(new CommandRequest(name, (ObjectNode) JSON.readTree(json), "tech", Role.CREW));
    }

    /** Active alert messages, sorted. */
    List<String> alertMessages() {
        return alerts.values().stream().sorted().toList();
    }

    /** The latest value; with none yet it fails as an assertion (so a NaN never passes a comparison). */
    double value(String deviceId, String metric) {
        return latest(deviceId, metric).map(Reading::value)
                .orElseThrow(() -> new AssertionError("no reading of " + deviceId + " " + metric + " yet"));
    }

    // RackContext
    @Override public ShowFile show() { return show; }
    @Override public RackState state() { return this; }
    @Override public DeviceListener listener() { return this; }
    @Override public boolean isVirtual(String deviceId) { return false; }
    @Override public Alerts alerts() { return this; }
    @Override public Commands commands() { return this; }
    @Override public StateStore store() { return null; }
    @Override public Messaging messaging() { return null; }
    @Override public Clock clock() { return Clock.systemUTC(); }

    @Override
    public void attach(Device device) {
        devices.add(device);
        device.start(this);
    }

    // DeviceListener: what drivers report goes into the state, then to the state's listeners
    @Override
    public void reading(Reading r) {
        latest.put(r.deviceId() + "/" + r.metric(), r);
        readingListeners.forEach(l -> l.accept(r));
    }

    @Override
    public void online(String deviceId, boolean up, String reason) {
        online.put(deviceId, up);
        onlineListeners.forEach(l -> l.changed(deviceId, up, reason));
    }

    // RackState
    @Override public Optional<Reading> latest(String deviceId, String metric) { return Optional.ofNullable(latest.get(deviceId + "/" + metric)); }
    @Override public Collection<Reading> all() { return List.copyOf(latest.values()); }
    @Override public boolean isOnline(String deviceId) { return online.getOrDefault(deviceId, false); }
    @Override public Optional<Instant> lastSeen(String deviceId) { return Optional.empty(); }
    @Override public void onReading(Consumer<Reading> consumer) { readingListeners.add(consumer); }
    @Override public void onOnline(DeviceOnlineListener listener) { onlineListeners.add(listener); }

    // Alerts
    @Override
    public void raise(String rule, String deviceId, String metric, Severity severity, double value, double threshold,
            String message) {
        alerts.put(rule + "/" + deviceId + "/" + metric, message);
    }

    @Override
    public void clear(String rule, String deviceId, String metric) {
        alerts.remove(rule + "/" + deviceId + "/" + metric);
    }

    // Commands
    @Override
    public void register(String name, List<Role> defaultRoles, CommandHandler handler) {
        handlers.put(name, handler);
    }

    @Override
    public void close() {
        devices.forEach(Device::close);
    }
}
