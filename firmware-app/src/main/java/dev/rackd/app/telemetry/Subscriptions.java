package dev.rackd.app.telemetry;

import dev.rackd.app.core.InboundMessage;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.eclipse.paho.mqttv5.common.util.MqttTopicValidator;

/** The filters the rack listens to and who handles each; kept to re-subscribe after every reconnect. */
final class Subscriptions {
    record Entry(String filter, Consumer<InboundMessage> handler) {}

    private final List<Entry> entries = new CopyOnWriteArrayList<>();

    void add(String filter, Consumer<InboundMessage> handler) {
        MqttTopicValidator.validate(filter, true, true); // a bad filter is a programming error: fail at once
        entries.add(new Entry(filter, handler));
    }

    List<String> filters() {
        return entries.stream().map(Entry::filter).distinct().toList();
    }

    List<Consumer<InboundMessage>> handlersFor(String topic) {
        return entries.stream().filter(e -> MqttTopicValidator.isMatched(e.filter(), topic))
                .map(Entry::handler).toList();
    }
}
