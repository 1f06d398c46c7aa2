package dev.rackd.hal.amps.aes70;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * An AES70 controller over one OCP.1 TCP connection: call methods, get and set properties, subscribe to
 * property changes. One virtual thread owns the socket; calls from any thread are handed to it. The
 * connection sends a keep-alive every {@link Options#heartbeat()} and declares the device gone when nothing
 * at all has arrived for {@link Options#deadAfter()}: then every waiting call fails, and {@code onClosed}
 * is told why. A closed controller stays closed; connect a new one.
 *
 * <p>Stands on its own: nothing here depends on the rest of rackd.
 */
public final class OcaController implements AutoCloseable {
    /** Object number of the subscription manager in every device that supports events (AES70-1). */
    public static final long SUBSCRIPTION_MANAGER = 4;
    static final OcaMethodId ADD_SUBSCRIPTION = new OcaMethodId(3, 1);
    /** What the device calls back with notifications; only the ONo routes, the method is nominal. */
    static final OcaMethodId NOTIFY = new OcaMethodId(1, 1);

    /**
     * @param heartbeat       how often to send a keep-alive (and ask the device to send its own)
     * @param deadAfter       silence after which the device counts as gone (AES70-3 suggests 3 heartbeats)
     * @param responseTimeout how long one call may wait for its response
     */
    public record Options(Duration connectTimeout, Duration heartbeat, Duration deadAfter, Duration responseTimeout) {
        public static Options defaults() {
            return new Options(Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofSeconds(3), Duration.ofSeconds(2));
        }
    }

    private final Ocp1Connection connection;
    private final Map<Subscription, OcaPropertyListener> listeners = new ConcurrentHashMap<>();
    private final Set<Long> subscribedEmitters = ConcurrentHashMap.newKeySet();

    private record Subscription(long emitter, OcaPropertyId property) {}

    private OcaController(SocketChannel channel, String name, Options options, Consumer<String> onClosed) throws IOException {
        this.connection = new Ocp1Connection(channel, name, options, this::deliver, onClosed);
    }

    /** Connects and starts the connection's thread; {@code onClosed} hears once why it ended. */
    public static OcaController connect(String host, int port, Options options, Consumer<String> onClosed) throws IOException {
        InetSocketAddress address = new InetSocketAddress(host, port);
        if (address.isUnresolved()) {
            throw new UnknownHostException("cannot resolve " + host);
        }
        SocketChannel ch = SocketChannel.open();
        try {
            ch.socket().connect(address, (int) options.connectTimeout().toMillis());
            ch.socket().setTcpNoDelay(true);
            ch.configureBlocking(false);
            return new OcaController(ch, host + ":" + port, options, onClosed);
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    public boolean isOpen() {
        return connection.isOpen();
    }

    /** Calls a method; completes with the device's response whatever its status. */
    public CompletableFuture<Ocp1Message.Response> call(long ono, OcaMethodId method, int paramCount, Ocp1Bytes params) {
        return connection.call(ono, method, paramCount, params);
    }

    /** Calls a getter; completes with a reader over the returned values, or fails unless the status is OK. */
    public CompletableFuture<OcaReader> get(long ono, OcaMethodId getter) {
        return call(ono, getter, 0, Ocp1Bytes.EMPTY).thenCompose(r -> ok(ono, getter, r))
                .thenApply(r -> r.parameters().reader());
    }

    /** Calls a setter with its parameters; fails unless the status is OK. */
    public CompletableFuture<Void> set(long ono, OcaMethodId setter, int paramCount, Ocp1Bytes params) {
        return call(ono, setter, paramCount, params).thenCompose(r -> ok(ono, setter, r)).thenApply(r -> null);
    }

    /**
     * Subscribes to changes of one property of one object; the listener hears each new current value. The
     * object's PropertyChanged event is subscribed once, however many of its properties are watched.
     */
    public CompletableFuture<Void> subscribe(long ono, OcaPropertyId property, OcaPropertyListener listener) {
        listeners.put(new Subscription(ono, property), listener);
        if (!subscribedEmitters.add(ono)) {
            return CompletableFuture.completedFuture(null);
        }
        Ocp1Bytes params = new OcaWriter()
                .u32(ono).u16(OcaEventId.PROPERTY_CHANGED.level()).u16(OcaEventId.PROPERTY_CHANGED.index())
                .method(connection.subscriberONo(), NOTIFY)
                .blob(Ocp1Bytes.EMPTY)
                .u8(1) // delivery mode: reliable, on this connection
                .blob(Ocp1Bytes.EMPTY)
                .toBytes();
        return set(SUBSCRIPTION_MANAGER, ADD_SUBSCRIPTION, 5, params).whenComplete((v, e) -> {
            if (e != null) {
                subscribedEmitters.remove(ono);
            }
        });
    }

    @Override
    public void close() {
        connection.close("closed by the controller");
    }

    private void deliver(Ocp1Message.Notification n) throws Ocp1FormatException {
        if (!n.event().equals(OcaEventId.PROPERTY_CHANGED) || n.eventData().length() < 5) {
            return;
        }
        OcaReader r = n.eventData().reader();
        OcaPropertyId property = new OcaPropertyId(r.u16(), r.u16());
        Ocp1Bytes rest = r.rest();
        byte[] all = rest.toArray();
        int changeType = all[all.length - 1] & 0xFF;
        OcaPropertyListener l = listeners.get(new Subscription(n.emitterONo(), property));
        if (l != null && changeType == 1) { // 1 = CurrentChanged; min/max and list changes are not values
            l.changed(new OcaReader(all, 0, all.length - 1));
        }
    }

    private static CompletableFuture<Ocp1Message.Response> ok(long ono, OcaMethodId m, Ocp1Message.Response r) {
        if (r.status() == OcaStatus.OK) {
            return CompletableFuture.completedFuture(r);
        }
        return CompletableFuture.failedFuture(new OcaCallException(OcaCallException.Kind.STATUS, r.status(),
                "object " + ono + " method " + m + " answered " + r.status() + " (" + r.statusCode() + ")"));
    }
}
