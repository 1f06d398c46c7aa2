package dev.rackd.rig.power;

import dev.rackd.app.alerts.Alerts;
import dev.rackd.app.alerts.Severity;
import dev.rackd.app.command.CommandHandler;
import dev.rackd.app.command.Commands;
import dev.rackd.app.core.InboundMessage;
import dev.rackd.app.core.Messaging;
import dev.rackd.app.core.RackContext;
import dev.rackd.app.core.RackState;
import dev.rackd.app.state.StateStore;
import dev.rackd.config.AuthSettings.Role;
import dev.rackd.config.ShowFile;
import dev.rackd.hal.Device;
import dev.rackd.hal.DeviceListener;
import dev.rackd.hal.Reading;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Just enough of the service for a domain module to run against simulators: state, alerts, commands. */
final class FakeRack implements RackContext, RackState, DeviceListener, Alerts, Commands, Messaging {
    private final ShowFile show;
    private final StateStore store;
    final Map<String, Reading> latest = new ConcurrentHashMap<>();
    final Map<String, Boolean> online = new ConcurrentHashMap<>();
    final Map<String, String> alerts = new ConcurrentHashMap<>();
    final Map<String, CommandHandler> commands = new ConcurrentHashMap<>();
    final Map<String, byte[]> retained = new ConcurrentHashMap<>();
    final List<Device> devices = new CopyOnWriteArrayList<>();
    private final List<Consumer<Reading>> readingListeners = new CopyOnWriteArrayList<>();
    private final List<DeviceOnlineListener> onlineListeners = new CopyOnWriteArrayList<>();

    FakeRack(ShowFile show, Path stateDir) throws Exception {
        this.show = show;
        this.store = new StateStore(stateDir, 65536, Clock.systemUTC(), msg -> { });
    }

    Optional<Double> value(String device, String metric) {
        return Optional.ofNullable(latest.get(device + "/" + metric)).map(Reading::value);
    }

    Optional<String> alert(String rule, String device, String metric) {
        return Optional.ofNullable(alerts.get(rule + "/" + device + "/" + metric));
    }

    void close() {
        devices.forEach(Device::close);
    }

    // RackContext
    @Override public ShowFile show() { return show; }
    @Override public RackState state() { return this; }
    @Override public DeviceListener listener() { return this; }
    @Override public void attach(Device device) { devices.add(device); device.start(this); }
    @Override public boolean isVirtual(String deviceId) { return false; }
    @Override public Alerts alerts() { return this; }
    @Override public Commands commands() { return this; }
    @Override public StateStore store() { return store; }
    @Override public Messaging messaging() { return this; }
    @Override public Clock clock() { return Clock.systemUTC(); }

    // DeviceListener: what drivers report goes into the state, then to its listeners
    @Override
    public void reading(Reading r) {
        latest.put(r.deviceId() + "/" + r.metric(), r);
        readingListeners.forEach(l -> l.accept(r));
    }

    @Override
    public void online(String deviceId, boolean isOnline, String reason) {
        online.put(deviceId, isOnline);
        onlineListeners.forEach(l -> l.changed(deviceId, isOnline, reason));
    }

    // RackState
    @Override public Optional<Reading> latest(String deviceId, String metric) {
        return Optional.ofNullable(latest.get(deviceId + "/" + metric));
    }
    @Override public Collection<Reading> all() { return latest.values(); }
    @Override public boolean isOnline(String deviceId) { return online.getOrDefault(deviceId, false); }
    @Override public Optional<Instant> lastSeen(String deviceId) { return Optional.empty(); }
    @Override public void onReading(Consumer<Reading> consumer) { readingListeners.add(consumer); }
    @Override public void onOnline(DeviceOnlineListener listener) { onlineListeners.add(listener); }

    // Alerts
    @Override
    public void raise(String rule, String deviceId, String metric, Severity severity, double value, double threshold,
            String message) {
        alerts.put(rule + "/" + deviceId + "/" + metric, severity.wireName() + ": " + message);
    }

    @Override
    public void clear(String rule, String deviceId, String metric) {
        alerts.remove(rule + "/" + deviceId + "/" + metric);
    }

    // Commands
    @Override
    public void register(String name, List<Role> defaultRoles, CommandHandler handler) {
        commands.put(name, handler);
    }

    // Messaging
    @Override public String prefix() { return "rackd/" + show.rack().id() + "/"; }
    @Override public void publish(String topic, byte[] payload, int qos, boolean isRetained) {
        if (isRetained) {
            retained.put(topic, payload);
        }
    }
    @Override public void reply(String responseTopic, byte[] payload, byte[] correlationData) { }
    @Override public void subscribe(String filter, Consumer<InboundMessage> handler) { }
    @Override public boolean connected() { return true; }
    @Override public void onConnect(Runnable action) { action.run(); }
}
