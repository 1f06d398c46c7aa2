package dev.rackd.app.telemetry;

import dev.rackd.app.core.InboundMessage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.eclipse.paho.mqttv5.common.packet.UserProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Messages from the broker to the handlers whose filters match, in arrival order, on one thread of their
 * own: never on Paho's thread, and a handler that throws is logged and forgotten.
 */
final class Inbound implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Inbound.class);

    private final Subscriptions subscriptions = new Subscriptions();
    private final ExecutorService executor =
            Executors.newSingleThreadExecutor(Thread.ofVirtual().name("mqtt-inbound").factory());

    void add(String filter, Consumer<InboundMessage> handler) {
        subscriptions.add(filter, handler);
    }

    List<String> filters() {
        return subscriptions.filters();
    }

    void dispatch(String topic, MqttMessage message) {
        InboundMessage m = toInbound(topic, message);
        for (Consumer<InboundMessage> h : subscriptions.handlersFor(topic)) {
            executor.execute(() -> {
                try {
                    h.accept(m);
                } catch (RuntimeException e) {
                    log.error("handler for {} failed", topic, e);
                }
            });
        }
    }

    static InboundMessage toInbound(String topic, MqttMessage message) {
        MqttProperties p = message.getProperties();
        Map<String, String> user = new HashMap<>();
        if (p != null && p.getUserProperties() != null) {
            for (UserProperty u : p.getUserProperties()) {
                user.put(u.getKey(), u.getValue());
            }
        }
        return new InboundMessage(topic, message.getPayload(),
                Optional.ofNullable(p == null ? null : p.getResponseTopic()),
                p == null ? null : p.getCorrelationData(), user, message.isRetained());
    }

    /** The handlers' thread. */
    Executor executor() {
        return executor;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
