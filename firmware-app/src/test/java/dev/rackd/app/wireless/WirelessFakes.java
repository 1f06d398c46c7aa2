package dev.rackd.app.wireless;

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
import dev.rackd.config.AuthSettings.Role;
import dev.rackd.config.CoordinationSettings;
import dev.rackd.config.ShowFile;
import dev.rackd.config.WirelessReceiver;
import dev.rackd.config.WirelessReceiver.ChannelUse;
import dev.rackd.config.WirelessReceiver.WirelessChannel;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** In-memory stand-ins for the service around the wireless domain. */
final class WirelessFakes {
    private WirelessFakes() {}

    static final ObjectMapper JSON = new ObjectMapper();

    /** Two ULX-D channels (the first may re-tune itself) and a Sennheiser EM, on a US plan with backups. */
    static ShowFile show() {
        return show(List.of(new WirelessChannel(1, "Lead", ChannelUse.MIC, 518_200, true),
                        new WirelessChannel(2, "BV", ChannelUse.MIC, 519_400, false)),
                new CoordinationSettings(CoordinationSettings.TvPlan.US, List.of(), List.of(),
                        CoordinationSettings.Profile.STANDARD, -85, 4));
    }

    /** The same rack with other ULX-D channels and venue settings. */
    static ShowFile show(List<WirelessChannel> ulxdChannels, CoordinationSettings c) {
        return show(ulxdChannels, 534_000, c);
    }

    /** The same rack with a ULX-D that tunes from 470 MHz up to {@code ulxdMaxKhz}; {@code c} null: no section. */
    static ShowFile show(List<WirelessChannel> ulxdChannels, long ulxdMaxKhz, CoordinationSettings c) {
        WirelessReceiver ulxd = new WirelessReceiver("ulxd-a", "Vocals", WirelessReceiver.ReceiverKind.SHURE_ULXD,
                "10.0.0.21", 2202, 470_000, ulxdMaxKhz, 25, ulxdChannels, Duration.ofMillis(200));
        WirelessReceiver em = new WirelessReceiver("em-b", "Guitar", WirelessReceiver.ReceiverKind.SENNHEISER_EW,
                "10.0.0.22", 53212, 470_000, 558_000, 25,
                List.of(new WirelessChannel(1, "Gtr", ChannelUse.MIC, 524_000, false)), Duration.ofMillis(100));
        return new ShowFile(null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(ulxd, em),
                java.util.Optional.empty(), java.util.Optional.ofNullable(c), java.util.Optional.empty(), List.of(),
                List.of(), List.of(), null, null);
    }

    /** A receiver that tunes at once and reads back what it was given (or refuses when offline). */
    static final class Receiver implements ReceiverPort {
        final String id;
        volatile boolean online = true;
        final Map<Integer, Long> tuned = new ConcurrentHashMap<>();

        Receiver(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public boolean online() {
            return online;
        }

        @Override
        public CompletableFuture<Long> tune(int channel, long khz) {
            tuned.put(channel, khz);
            return CompletableFuture.completedFuture(khz);
        }
    }

    record Raised(String rule, String device, String metric, Severity severity, String message) {}

    static final class RecordingAlerts implements Alerts {
        final Map<String, Raised> active = new ConcurrentHashMap<>();

        @Override
        public void raise(String rule, String deviceId, String metric, Severity severity, double value,
                double threshold, String message) {
            active.put(rule + "|" + deviceId + "|" + metric, new Raised(rule, deviceId, metric, severity, message));
        }

        @Override
        public void clear(String rule, String deviceId, String metric) {
            active.remove(rule + "|" + deviceId + "|" + metric);
        }

        @Override
        public void acknowledge(String rule, String deviceId, String metric, String user) {
            // acknowledged is not cleared: what is active stays active
        }
    }

    static final class RecordingMessaging implements Messaging {
        final List<String> published = new CopyOnWriteArrayList<>();

        @Override
        public String prefix() {
            return "rackd/rack-a/";
        }

        @Override
        public void publish(String topic, byte[] payload, int qos, boolean retained) {
            published.add(topic + " " + new String(payload, java.nio.charset.StandardCharsets.UTF_8));
        }

        @Override
        public void reply(String responseTopic, byte[] payload, byte[] correlationData) {
        }

        @Override
        public void subscribe(String filter, Consumer<InboundMessage> handler) {
        }

        @Override
        public boolean connected() {
            return true;
        }

        @Override
        public void onConnect(Runnable action) {
        }
    }

    static final class RecordingCommands implements Commands {
        final Map<String, CommandHandler> handlers = new ConcurrentHashMap<>();

        @Override
        public void register(String name, List<Role> defaultRoles, CommandHandler handler) {
            handlers.put(name, handler);
        }

        Object run(String name, String json) throws CommandException {
            try {
                ObjectNode args = (ObjectNode) JSON.readTree(json);
                return handlers.get(name).handle(new CommandRequest(name, args, "test", Role.CREW));
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException(e);
            }
        }
    }
}
