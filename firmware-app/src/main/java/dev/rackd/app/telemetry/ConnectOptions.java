package dev.rackd.app.telemetry;

import javax.net.SocketFactory;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.common.MqttMessage;

/**
 * How the link connects: clean session, its own reconnects, a Last Will, bounded packets, Nagle off, the
 * endpoint's login.
 */
final class ConnectOptions {
    /** A silent connection is noticed within 1.5 keep-alives (broker) or one (rackd). */
    static final int KEEP_ALIVE_SECONDS = 15;
    /** A huge inbound message must not eat the Pi's memory. */
    static final long MAX_PACKET_BYTES = 256L * 1024;

    private ConnectOptions() {}

    static MqttConnectionOptions of(MqttEndpoint endpoint, String statusTopic, long timeoutMillis) {
        MqttConnectionOptions o = new MqttConnectionOptions();
        o.setCleanStart(true);
        o.setAutomaticReconnect(false); // the link's owner thread reconnects, with the rack's Backoff
        o.setKeepAliveInterval(KEEP_ALIVE_SECONDS);
        o.setConnectionTimeout((int) (timeoutMillis / 1000));
        o.setMaximumPacketSize(MAX_PACKET_BYTES);
        o.setWill(statusTopic, new MqttMessage(MqttLink.OFFLINE, 1, true, null));
        endpoint.username().ifPresent(o::setUserName);
        endpoint.password().ifPresent(o::setPassword);
        o.setSocketFactory(NoDelaySockets.wrap(endpoint.socketFactory().orElse(SocketFactory.getDefault())));
        return o;
    }
}
