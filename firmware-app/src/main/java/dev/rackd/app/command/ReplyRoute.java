package dev.rackd.app.command;

import dev.rackd.app.core.InboundMessage;
import dev.rackd.app.core.Messaging;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Where one command's single reply goes: the MQTT 5 response topic (with the request's correlation data)
 * when it is an acceptable one, else the documented reply topic {@code <prefix>reply/<name>[/<user>]}.
 * A response topic must lie under {@code <prefix>reply/} and, for a named sender, end in their own
 * name: otherwise anyone could make rackd publish into the rack's own tree or another user's replies.
 */
final class ReplyRoute {
    private final Messaging mqtt;
    private final String topic;
    private final byte[] correlation;
    private final boolean mqtt5;
    private final AtomicBoolean sent = new AtomicBoolean();
    /** Why the sender's response topic was not used, if it was not. */
    final String refusedResponseTopic;

    private ReplyRoute(Messaging mqtt, String topic, byte[] correlation, boolean mqtt5, String refused) {
        this.mqtt = mqtt;
        this.topic = topic;
        this.correlation = correlation;
        this.mqtt5 = mqtt5;
        this.refusedResponseTopic = refused;
    }

    static ReplyRoute of(Messaging mqtt, CommandTopic t, InboundMessage m) {
        String prefix = mqtt.prefix();
        String fallback = t.defaultReplyTopic(prefix);
        if (m.responseTopic().isEmpty()) {
            return new ReplyRoute(mqtt, fallback, null, false, null);
        }
        String wanted = m.responseTopic().get();
        boolean inside = wanted.startsWith(prefix + "reply/") && wanted.length() > (prefix + "reply/").length()
                && !wanted.contains("+") && !wanted.contains("#");
        boolean own = t.user().map(u -> wanted.endsWith("/" + u)).orElse(true);
        if (inside && own) {
            return new ReplyRoute(mqtt, wanted, m.correlationData(), true, null);
        }
        return new ReplyRoute(mqtt, fallback, m.correlationData(), true, "response topic '" + wanted
                + "' is not allowed; use " + prefix + "reply/<anything>" + t.user().map(u -> "/" + u).orElse(""));
    }

    /** Sends the reply; a second call is a bug and is ignored. */
    boolean send(byte[] payload) {
        if (!sent.compareAndSet(false, true)) {
            return false;
        }
        if (mqtt5) {
            mqtt.reply(topic, payload, correlation);
        } else {
            mqtt.publish(topic, payload, 1, false);
        }
        return true;
    }

    String topic() {
        return topic;
    }
}
