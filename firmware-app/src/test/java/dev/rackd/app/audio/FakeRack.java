package dev.rackd.app.audio;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rackd.app.alerts.Alerts;
import dev.rackd.app.alerts.Severity;
import dev.rackd.app.command.CommandException;
import dev.rackd.app.command.CommandHandler;
import dev.rackd.app.command.CommandRequest;
import dev.rackd.app.command.Commands;
import dev.rackd.app.core.InboundMessage;
import dev.rackd.app.core.Messaging;
import dev.rackd.app.core.RackContext;
import dev.rackd.app.core.RackState;
import dev.rackd.app.state.StateStore;
import dev.rackd.config.AuthSettings.Role;
import dev.rackd.config.ShowFile;
import dev.rackd.config.ShowFileLoader;
import dev.rackd.hal.Device;
import dev.rackd.hal.DeviceListener;
import dev.rackd.hal.Reading;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** A rack service in miniature for one domain module: records what the module does with it. */
final class FakeRack implements RackContext, DeviceListener, Alerts, Commands, Messaging {
    record Published(String topic, String payload, int qos, boolean retained) {
    }

    /** @param readingsBefore how many readings had arrived when the change came */
    record OnlineChange(String deviceId, boolean online, String reason, int readingsBefore) {
    }

    record Registered(List<Role> roles, CommandHandler handler) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    final ShowFile show;
    final StateStore store;
    final List<Device> attached = new CopyOnWriteArrayList<>();
    final List<Reading> readings = new CopyOnWriteArrayList<>();
    final List<OnlineChange> online = new CopyOnWriteArrayList<>();
    final List<String> alerts = new CopyOnWriteArrayList<>();
    final List<Published> published = new CopyOnWriteArrayList<>();
    final Map<String, Registered> commands = new ConcurrentHashMap<>();
    boolean virtualAudio;
    /** Where alerts go besides the list: the service's engine, for a test that restarts the rack. */
    Alerts alsoTo;

    FakeRack(String yaml, Path stateDir) throws Exception {
        show = ShowFileLoader.parse(yaml, "show.yaml");
        store = new StateStore(stateDir, 1 << 20, Clock.systemUTC(), alerts::add);
    }

    /** Sends a command as the crew would, through the registered handler. */
    Object send(String name, String argsJson) throws CommandException {
        try {
            ObjectNode args = (ObjectNode) JSON.readTree(argsJson);
            return commands.get(name).handler().handle(new CommandRequest(name, args, "test", Role.CREW));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    Optional<Reading> latest(String metric) {
        for (int i = readings.size() - 1; i >= 0; i--) {
            if (readings.get(i).metric().equals(metric)) {
                return Optional.of(readings.get(i));
            }
        }
        return Optional.empty();
    }

    List<String> payloads(String topic) {
        return published.stream().filter(p -> p.topic().equals(topic)).map(Published::payload).toList();
    }

    void closeAll() {
        attached.forEach(Device::close);
    }

    // RackContext
    @Override
    public ShowFile show() {
        return show;
    }

    @Override
    public RackState state() {
        throw new UnsupportedOperationException("the audio module reads no rack state");
    }

    @Override
    public DeviceListener listener() {
        return this;
    }

    @Override
    public void attach(Device device) {
        attached.add(device);
        device.start(this);
    }

    @Override
    public boolean isVirtual(String deviceId) {
        return virtualAudio && deviceId.equals("audio");
    }

    @Override
    public Alerts alerts() {
        return this;
    }

    @Override
    public Commands commands() {
        return this;
    }

    @Override
    public StateStore store() {
        return store;
    }

    @Override
    public Messaging messaging() {
        return this;
    }

    @Override
    public Clock clock() {
        return Clock.systemUTC();
    }

    // DeviceListener
    @Override
    public void reading(Reading reading) {
        readings.add(reading);
    }

    @Override
    public void online(String deviceId, boolean isOnline, String reason) {
        online.add(new OnlineChange(deviceId, isOnline, reason, readings.size()));
    }

    // Alerts
    @Override
    public void raise(String rule, String deviceId, String metric, Severity severity, double value, double threshold,
            String message) {
        alerts.add("raise " + rule + " " + deviceId + " " + metric + " " + severity + ": " + message);
        if (alsoTo != null) {
            alsoTo.raise(rule, deviceId, metric, severity, value, threshold, message);
        }
    }

    @Override
    public void clear(String rule, String deviceId, String metric) {
        alerts.add("clear " + rule + " " + deviceId + " " + metric);
        if (alsoTo != null) {
            alsoTo.clear(rule, deviceId, metric);
        }
    }

    @Override
    public void acknowledge(String rule, String deviceId, String metric, String user) {
        alerts.add("ack " + rule + " " + deviceId + " " + metric + " by " + user);
        if (alsoTo != null) {
            alsoTo.acknowledge(rule, deviceId, metric, user);
        }
    }

    // Commands
    @Override
    public void register(String name, List<Role> defaultRoles, CommandHandler handler) {
        commands.put(name, new Registered(defaultRoles, handler));
    }

    // Messaging
    @Override
    public String prefix() {
        return "rackd/" + show.rack().id() + "/";
    }

    @Override
    public void publish(String topic, byte[] payload, int qos, boolean retained) {
        published.add(new Published(topic, new String(payload, StandardCharsets.UTF_8), qos, retained));
    }

    @Override
    public void reply(String responseTopic, byte[] payload, byte[] correlationData) {
        publish(responseTopic, payload, 1, false);
    }

    @Override
    public void subscribe(String filter, Consumer<InboundMessage> handler) {
        // the audio module subscribes to nothing
    }

    @Override
    public boolean connected() {
        return true;
    }

    @Override
    public void onConnect(Runnable action) {
        // nothing retained to re-publish
    }
}
