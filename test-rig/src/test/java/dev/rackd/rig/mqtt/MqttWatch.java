package dev.rackd.rig.mqtt;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Predicate;
import org.eclipse.paho.mqttv5.client.IMqttMessageListener;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.MqttSubscription;

/**
 * What a crew member's MQTT client sees: the latest message on every topic under a filter, and the last
 * {@value #HISTORY} messages of each topic for a look back at an event that a later one has already followed.
 */
public final class MqttWatch implements AutoCloseable {
    /** One message as received. */
    public record Seen(String payload, boolean retained) {}

    private final MqttClient client;
    private static final int HISTORY = 256;
    private final Map<String, Seen> latest = new ConcurrentHashMap<>();
    private final Map<String, Deque<Seen>> history = new ConcurrentHashMap<>();

    public MqttWatch(String uri, String filter) throws MqttException {
        this(uri, filter, null, null);
    }

    /** As a given MQTT user (both null: anonymous). */
    public MqttWatch(String uri, String filter, String username, String password) throws MqttException {
        client = new MqttClient(uri, "watch-" + System.nanoTime(), new MemoryPersistence());
        MqttConnectionOptions o = new MqttConnectionOptions();
        o.setCleanStart(true);
        o.setConnectionTimeout(5);
        if (username != null) {
            o.setUserName(username);
            o.setPassword(password.getBytes(StandardCharsets.UTF_8));
        }
        client.connect(o);
        MqttSubscription sub = new MqttSubscription(filter, 1);
        sub.setRetainAsPublished(true); // so a live message shows whether rackd published it retained
        client.subscribe(new MqttSubscription[] {sub},
                new IMqttMessageListener[] {(topic, m) -> seen(topic,
                        new Seen(new String(m.getPayload(), StandardCharsets.UTF_8), m.isRetained()))});
    }

    private void seen(String topic, Seen s) {
        latest.put(topic, s);
        Deque<Seen> past = history.computeIfAbsent(topic, t -> new ConcurrentLinkedDeque<>());
        past.addLast(s);
        if (past.size() > HISTORY) {
            past.pollFirst();
        }
    }

    public Seen get(String topic) {
        return latest.get(topic);
    }

    public Map<String, Seen> all() {
        return new TreeMap<>(latest);
    }

    public void clear() {
        latest.clear();
        history.clear();
    }

    /**
     * Waits until any message on the topic since the watch began (of its last {@value #HISTORY}) passes the test: for
     * an event that later events on the same topic may already have followed.
     */
    public Seen awaitAny(String topic, Predicate<String> payload, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (Seen s : history.getOrDefault(topic, new ArrayDeque<>())) {
                if (payload.test(s.payload())) {
                    return s;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no matching message on " + topic + " within " + timeout + "; latest: "
                + latest.get(topic));
    }

    /** Waits until the topic's latest payload passes the test; fails with everything seen so far. */
    public Seen await(String topic, Predicate<String> payload, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Seen s = latest.get(topic);
            if (s != null && payload.test(s.payload())) {
                return s;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no matching message on " + topic + " within " + timeout + "; latest: "
                + latest.get(topic));
    }

    public void publish(String topic, String payload) throws MqttException {
        client.publish(topic, new MqttMessage(payload.getBytes(StandardCharsets.UTF_8), 1, false, null));
    }

    public void publishRetained(String topic, String payload) throws MqttException {
        client.publish(topic, new MqttMessage(payload.getBytes(StandardCharsets.UTF_8), 1, true, null));
    }

    @Override
    public void close() throws MqttException {
        try {
            if (client.isConnected()) {
                client.disconnect();
            }
        } finally {
            client.close();
        }
    }
}
