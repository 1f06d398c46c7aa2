package dev.rackd.app.core;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The rack's MQTT voice for code that does not produce readings (alerts, events, command replies,
 * discovery). Topics are absolute; {@link #prefix()} gives {@code rackd/<rack-id>/}. Never blocks:
 * while the broker is away, messages are buffered (bounded) and sent in order after reconnect.
 */
public interface Messaging {
    /** {@code rackd/<rack-id>/}, with the trailing slash. */
    String prefix();

    /** @param qos 0 for telemetry that the next interval repeats, 1 for anything that must arrive */
    void publish(String topic, byte[] payload, int qos, boolean retained);

    /**
     * Like {@link #publish}, but says when the broker has taken the message: completes once the broker
     * acknowledged it (PUBACK at QoS 1, PUBCOMP at QoS 2), fails when it could not be sent or the
     * connection dropped first. For messages whose order and arrival must be proven (alert events).
     * The default only hands over to {@link #publish}; implementations should override it.
     */
    default CompletableFuture<Void> publishAcknowledged(String topic, byte[] payload, int qos, boolean retained) {
        publish(topic, payload, qos, retained);
        return CompletableFuture.completedFuture(null);
    }

    /** An MQTT 5 reply: carries the request's correlation data (may be null). */
    void reply(String responseTopic, byte[] payload, byte[] correlationData);

    /** Subscribes (and re-subscribes after every reconnect); the handler runs off the MQTT thread. */
    void subscribe(String filter, Consumer<InboundMessage> handler);

    boolean connected();

    /**
     * Runs after every (re)connect, including to a broker that restarted and lost all retained
     * messages: the place to re-publish retained state.
     */
    void onConnect(Runnable action);
}
