package dev.rackd.app.core;

import java.util.Map;
import java.util.Optional;

/**
 * A message from the broker.
 *
 * @param responseTopic   MQTT 5 response topic, if the sender set one
 * @param correlationData MQTT 5 correlation data, or null
 * @param userProperties  MQTT 5 user properties (never trusted for identity: any client can set them)
 * @param retained        the broker delivered it as a retained message (kept from some earlier publish):
 *                        a command must never run from one
 */
public record InboundMessage(String topic, byte[] payload, Optional<String> responseTopic, byte[] correlationData,
        Map<String, String> userProperties, boolean retained) {
    public InboundMessage {
        userProperties = Map.copyOf(userProperties);
    }

    /** A live (not retained) message. */
    public InboundMessage(String topic, byte[] payload, Optional<String> responseTopic, byte[] correlationData,
            Map<String, String> userProperties) {
        this(topic, payload, responseTopic, correlationData, userProperties, false);
    }
}
