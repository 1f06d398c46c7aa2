package dev.rackd.app.telemetry;

import java.util.concurrent.CompletableFuture;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttActionListener;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttClientException;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands one waiting message to Paho for the link's owner thread and says what became of it. A message
 * whose sender waits for the broker's word ({@link Outbound#acked()}) completes on the PUBACK (PUBCOMP,
 * or once written at QoS 0) and fails on a refusal (reason code 0x80 and up) or when it is dropped.
 */
final class PahoSender {
    private static final Logger log = LoggerFactory.getLogger(PahoSender.class);
    private static final int FIRST_ERROR_REASON = 0x80;

    enum Outcome {
        /** Paho took it (or it could never be sent and was dropped): on to the next. */
        DONE,
        /** The broker's receive window was full; try the same message again. */
        RETRY,
        /** The connection is gone; keep the message for the next connection. */
        DISCONNECTED
    }

    private final Object deliveries = new Object();

    Outcome send(MqttAsyncClient client, Outbound m) throws InterruptedException {
        MqttProperties props = null;
        if (m.correlationData() != null) {
            props = new MqttProperties();
            props.setCorrelationData(m.correlationData());
        }
        MqttMessage message = new MqttMessage(m.payload(), m.qos(), m.retained(), props);
        try {
            if (m.acked() == null) {
                client.publish(m.topic(), message);
            } else {
                client.publish(m.topic(), message, null, acknowledgement(m.topic(), m.acked()));
            }
            return Outcome.DONE;
        } catch (MqttException e) {
            switch (e.getReasonCode()) {
                case MqttClientException.REASON_CODE_MAX_INFLIGHT -> {
                    synchronized (deliveries) {
                        deliveries.wait(100); // the broker's receive window is full: wait for an ack
                    }
                    return Outcome.RETRY;
                }
                case MqttClientException.REASON_CODE_CLIENT_NOT_CONNECTED,
                        MqttClientException.REASON_CODE_CLIENT_DISCONNECTING,
                        MqttClientException.REASON_CODE_CONNECTION_LOST -> {
                    return Outcome.DISCONNECTED;
                }
                default -> {
                    log.warn("dropped a message to {}: {}", m.topic(), e.getMessage());
                    if (m.acked() != null) {
                        m.acked().completeExceptionally(e);
                    }
                    return Outcome.DONE;
                }
            }
        }
    }

    /** From Paho's callback: a delivery completed, so the receive window has room again. */
    void delivered() {
        synchronized (deliveries) {
            deliveries.notifyAll();
        }
    }

    private static MqttActionListener acknowledgement(String topic, CompletableFuture<Void> acked) {
        return new MqttActionListener() {
            @Override
            public void onSuccess(IMqttToken token) {
                int[] codes = token.getReasonCodes();
                if (codes != null && codes.length > 0 && codes[0] >= FIRST_ERROR_REASON) {
                    acked.completeExceptionally(new IllegalStateException(String.format(
                            "the broker refused the message to %s (reason code 0x%02x)", topic, codes[0])));
                } else {
                    acked.complete(null);
                }
            }

            @Override
            public void onFailure(IMqttToken token, Throwable e) {
                acked.completeExceptionally(e);
            }
        };
    }
}
