package dev.rackd.app.telemetry;

import dev.rackd.app.core.InboundMessage;
import dev.rackd.app.core.Messaging;
import dev.rackd.hal.Backoff;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.MqttSubscription;
import org.eclipse.paho.mqttv5.common.util.MqttTopicValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rack's one MQTT connection (Paho {@link MqttAsyncClient}, MQTT 5). One owner thread connects,
 * reconnects with {@link Backoff}, and sends everything from a bounded {@link OutboundQueue}, so no caller
 * ever blocks on the network. After every (re)connect, in this order: retained {@code online} on the
 * status topic, the subscriptions again, what waited in the queue, then the {@link #onConnect} actions
 * (which re-publish all retained state: the broker may have restarted empty). The Last Will is a retained
 * {@code offline} on the status topic; {@link #close()} publishes it itself on a clean stop. Nagle is off on
 * the socket ({@link NoDelaySockets}): a command reply must not wait for the broker's delayed ACK.
 */
public final class MqttLink implements Messaging, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(MqttLink.class);
    private static final byte[] ONLINE = "online".getBytes(StandardCharsets.US_ASCII);
    static final byte[] OFFLINE = "offline".getBytes(StandardCharsets.US_ASCII);
    private static final long WAIT_MILLIS = 5_000;

    private final MqttEndpoint endpoint;
    private final Topics topics;
    private final OutboundQueue queue;
    private final Inbound inbound = new Inbound();
    private final List<Runnable> onConnect = new CopyOnWriteArrayList<>();
    private final Backoff backoff;
    private final PahoSender sender = new PahoSender();
    /** Turns of the owner thread's loop, including while it waits to reconnect: the watchdog's view of it. */
    private final AtomicLong turns = new AtomicLong();
    private volatile boolean connected;
    /** Whether a connection attempt has ended yet: until then the broker is not known to be unreachable. */
    private volatile boolean tried;
    /** Counts successful connects; see {@link Outbound#connection()}. */
    private volatile long connection;
    private volatile boolean stopping;
    private MqttAsyncClient client;
    private Thread owner;

    /**
     * @param bufferMessages how many messages wait while the broker is away (retained ones coalesce by topic)
     */
    public MqttLink(MqttEndpoint endpoint, Topics topics, int bufferMessages, Backoff backoff) {
        this.endpoint = endpoint;
        this.topics = topics;
        this.queue = new OutboundQueue(bufferMessages);
        this.backoff = backoff;
    }

    /** Starts connecting in the background; returns at once. */
    public synchronized void start() throws MqttException {
        client = new MqttAsyncClient(endpoint.uri(), endpoint.clientId(), new MemoryPersistence());
        client.setCallback(new LinkCallback(this::lost, inbound::dispatch, sender::delivered));
        owner = Thread.ofPlatform().daemon().name("mqtt-link").start(this::run);
    }

    @Override
    public String prefix() {
        return topics.prefix();
    }

    @Override
    public void publish(String topic, byte[] payload, int qos, boolean retained) {
        MqttTopicValidator.validate(topic, false, false);
        MqttMessage.validateQos(qos);
        queue.offer(new Outbound(topic, payload, qos, retained, null));
    }

    /**
     * Completes on the broker's PUBACK (PUBCOMP at QoS 2; at QoS 0 once written). Fails at once while the
     * broker is away, and later on a refusal, a drop, or when this connection ends before the message left:
     * it is never carried over to the next connection, where it could overtake what its sender replays
     * first after a reconnect.
     */
    @Override
    public CompletableFuture<Void> publishAcknowledged(String topic, byte[] payload, int qos, boolean retained) {
        MqttTopicValidator.validate(topic, false, false);
        MqttMessage.validateQos(qos);
        CompletableFuture<Void> acked = new CompletableFuture<>();
        long current = connection; // read before the flag: a reconnect in between fails it, never sends it late
        if (!connected) {
            acked.completeExceptionally(new IllegalStateException("not connected to the broker " + endpoint.uri()));
            return acked;
        }
        queue.offer(new Outbound(topic, payload, qos, retained, null, acked, current));
        return acked;
    }

    @Override
    public void reply(String responseTopic, byte[] payload, byte[] correlationData) {
        try {
            MqttTopicValidator.validate(responseTopic, false, false);
        } catch (IllegalArgumentException e) {
            log.warn("not replying to the bad response topic '{}'", responseTopic);
            return;
        }
        queue.offer(new Outbound(responseTopic, payload, 1, false, correlationData));
    }

    /**
     * QoS 1, and the retain flag as the sender set it: without "retain as published" an MQTT 5 broker clears the flag
     * on live delivery, and a command published retained would be carried out (and again at every reconnect).
     */
    private static MqttSubscription subscription(String filter) {
        MqttSubscription s = new MqttSubscription(filter, 1);
        s.setRetainAsPublished(true);
        return s;
    }

    /** While connected, returns once the broker confirmed the subscription (or after five seconds). */
    @Override
    public void subscribe(String filter, Consumer<InboundMessage> handler) {
        inbound.add(filter, handler);
        if (connected) {
            try {
                client.subscribe(subscription(filter)).waitForCompletion(WAIT_MILLIS);
            } catch (MqttException e) {
                log.warn("subscribe to {} failed now; retried on reconnect: {}", filter, e.getMessage());
            }
        }
    }

    @Override
    public boolean connected() {
        return connected;
    }

    /** Whether the first connection attempt has ended, one way or the other. */
    public boolean tried() {
        return tried;
    }

    @Override
    public void onConnect(Runnable action) {
        onConnect.add(action);
    }

    /** Moves at least every second while the owner thread lives, connected or not (for the watchdog). */
    public long turns() {
        return turns.get();
    }

    /** The one thread that runs subscription handlers (for the watchdog's heartbeat). */
    public Executor handlers() {
        return inbound.executor();
    }

    /** Sends what is still waiting (up to two seconds), publishes retained {@code offline}, disconnects. */
    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            t = owner;
            stopping = true;
        }
        if (t == null) {
            return;
        }
        queue.wake();
        try {
            t.join(2_000);
            t.interrupt();
            t.join(1_000);
            if (connected) {
                client.publish(topics.status(), new MqttMessage(OFFLINE, 1, true, null)).waitForCompletion(2_000);
                client.disconnect(2_000).waitForCompletion(3_000);
                log.info("published offline and disconnected from {}", endpoint.uri());
            }
        } catch (MqttException e) {
            log.warn("clean disconnect from {} failed ({}); the broker publishes the Last Will", endpoint.uri(),
                    e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            connected = false;
            inbound.close();
            queue.failAll("the MQTT link is closed");
            try {
                client.close(true);
            } catch (MqttException e) {
                log.debug("closing the MQTT client: {}", e.getMessage());
            }
        }
    }

    private void run() {
        Outbound inHand = null;
        boolean firstFailure = true;
        try {
            while (!(stopping && (inHand == null && queue.size() == 0 || !connected))) {
                turns.incrementAndGet();
                if (!connected) {
                    boolean made = connect(firstFailure);
                    tried = true;
                    if (made) {
                        firstFailure = true;
                    } else {
                        firstFailure = false;
                        pause(backoff.next());
                    }
                    continue;
                }
                Outbound m = inHand != null ? inHand : queue.poll(500);
                if (m != null && m.acked() != null && m.connection() != connection) {
                    m.fail("the connection to the broker ended before it was sent");
                    inHand = null;
                } else if (m != null) {
                    PahoSender.Outcome outcome = sender.send(client, m);
                    if (outcome == PahoSender.Outcome.DISCONNECTED) {
                        connected = false;
                    }
                    inHand = outcome == PahoSender.Outcome.DONE ? null : m;
                }
                long dropped = queue.takeDropped();
                if (dropped > 0) {
                    log.warn("outbound buffer full: dropped the {} oldest messages", dropped);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** From Paho's callback: the connection is gone; the owner thread reconnects. */
    private void lost(MqttDisconnectResponse response) {
        if (connected && !stopping) {
            log.warn("lost the MQTT broker {}: {}; reconnecting with backoff", endpoint.uri(),
                    response.getException() != null ? response.getException().getMessage()
                            : response.getReasonString());
        }
        connected = false;
        queue.wake();
    }

    /** Waits out a backoff in short steps, each one a turn, so a long wait is not taken for a hang. */
    private void pause(Duration wait) throws InterruptedException {
        long end = System.nanoTime() + wait.toNanos();
        for (long left = wait.toNanos(); left > 0 && !stopping; left = end - System.nanoTime()) {
            TimeUnit.NANOSECONDS.sleep(Math.min(left, TimeUnit.MILLISECONDS.toNanos(500)));
            turns.incrementAndGet();
        }
    }

    /** @return true when connected and the connect sequence has run */
    private boolean connect(boolean loud) throws InterruptedException {
        try {
            client.connect(ConnectOptions.of(endpoint, topics.status(), WAIT_MILLIS)).waitForCompletion(WAIT_MILLIS + 1_000);
        } catch (MqttException e) {
            abandonAttempt();
            String why = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
            if (loud) {
                log.warn("cannot reach the MQTT broker {}: {}; retrying with backoff", endpoint.uri(), why);
            } else {
                log.debug("broker {} still unreachable: {}", endpoint.uri(), why);
            }
            return false;
        }
        backoff.reset();
        connection++;
        connected = true;
        log.info("connected to {} as {}", endpoint.uri(), endpoint.clientId());
        try {
            client.publish(topics.status(), new MqttMessage(ONLINE, 1, true, null));
            List<String> filters = inbound.filters();
            if (!filters.isEmpty()) {
                client.subscribe(filters.stream().map(MqttLink::subscription)
                        .toArray(MqttSubscription[]::new)).waitForCompletion(WAIT_MILLIS);
            }
        } catch (MqttException e) {
            log.warn("connect sequence with {} failed: {}", endpoint.uri(), e.getMessage());
        }
        for (Runnable action : onConnect) {
            try {
                action.run();
            } catch (RuntimeException e) {
                log.error("on-connect action failed", e);
            }
        }
        return true;
    }

    /**
     * Ends an attempt the link has given up on. A CONNACK that comes after the wait (a broker still starting, a
     * slow network) would otherwise leave Paho connecting, then connected without the link knowing, and refusing
     * every later attempt ("Connect already in progress", "Client is connected"): no telemetry until a restart.
     */
    private void abandonAttempt() {
        try {
            client.disconnectForcibly(0, 0, false);
        } catch (MqttException e) {
            log.debug("nothing to abandon: {}", e.getMessage()); // the attempt had already failed
        }
    }

    /** How long the link waits between connection attempts. */
    public static Backoff defaultBackoff() {
        return new Backoff(Duration.ofMillis(500), Duration.ofSeconds(15));
    }
}
