package dev.rackd.app.telemetry;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Paho's threads tell the link: a lost connection, a message, a finished delivery. Each is handed on
 * at once; nothing here blocks Paho. Connects are not announced: the link's owner thread makes them.
 */
final class LinkCallback implements MqttCallback {
    private static final Logger log = LoggerFactory.getLogger(LinkCallback.class);

    private final Consumer<MqttDisconnectResponse> lost;
    private final BiConsumer<String, MqttMessage> arrived;
    private final Runnable delivered;

    LinkCallback(Consumer<MqttDisconnectResponse> lost, BiConsumer<String, MqttMessage> arrived, Runnable delivered) {
        this.lost = lost;
        this.arrived = arrived;
        this.delivered = delivered;
    }

    @Override
    public void disconnected(MqttDisconnectResponse response) {
        lost.accept(response);
    }

    @Override
    public void mqttErrorOccurred(MqttException exception) {
        log.warn("MQTT error: {}", exception.getMessage());
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) {
        arrived.accept(topic, message);
    }

    @Override
    public void deliveryComplete(IMqttToken token) {
        delivered.run();
    }

    @Override
    public void connectComplete(boolean reconnect, String serverURI) {
        // the owner thread runs the connect sequence itself
    }

    @Override
    public void authPacketArrived(int reasonCode, MqttProperties properties) {
        // no enhanced authentication
    }
}
