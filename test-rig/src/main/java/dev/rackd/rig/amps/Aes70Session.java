package dev.rackd.rig.amps;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/** One controller's TCP connection to the simulated AES70 amp: its commands, subscriptions and keep-alives. */
final class Aes70Session implements AutoCloseable {
    private record Subscriber(long ono, int level, int index, byte[] context) {}

    private final Socket socket;
    private final Aes70DeviceObjects objects;
    private final SimFaults faults;
    private final OutputStream out;
    private final Map<Long, Subscriber> subscriptions = new ConcurrentHashMap<>();
    private final Map<Long, byte[]> lastSent = new ConcurrentHashMap<>();
    private volatile long heartbeatMillis;
    private volatile long nextKeepAlive;
    private final AtomicLong lastSendNanos;

    Aes70Session(Socket socket, Aes70DeviceObjects objects, SimFaults faults, AtomicLong lastSendNanos)
            throws IOException {
        this.socket = socket;
        this.lastSendNanos = lastSendNanos;
        this.objects = objects;
        this.faults = faults;
        this.out = socket.getOutputStream();
    }

    void serve() {
        try (socket) {
            DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
            while (!socket.isClosed()) {
                Ocp1DeviceWire.Pdu pdu = Ocp1DeviceWire.read(in);
                if (faults.offline()) {
                    continue;
                }
                if (pdu.type() == Ocp1DeviceWire.KEEPALIVE) {
                    heartbeatMillis = pdu.heartbeatMillis();
                    continue;
                }
                for (Ocp1DeviceWire.Command c : pdu.commands()) {
                    answer(c, pdu.type() == Ocp1DeviceWire.COMMAND_RRQ);
                }
            }
        } catch (IOException | RuntimeException e) {
            // the controller went, or sent what a device cannot read: the connection ends
        }
    }

    /** From the simulator's ticker and the amp's change listener: keep-alives due and changed values. */
    void tick() {
        if (faults.offline() || socket.isClosed()) {
            return;
        }
        long now = System.currentTimeMillis();
        if (heartbeatMillis > 0 && now >= nextKeepAlive) {
            nextKeepAlive = now + heartbeatMillis;
            send(Ocp1DeviceWire.keepAlive(heartbeatMillis));
        }
        subscriptions.forEach((emitter, sub) -> {
            Aes70DeviceObjects.Obj o = objects.get(emitter);
            byte[] value = objects.value(o);
            byte[] before = lastSent.put(emitter, value);
            if (before != null && !Arrays.equals(before, value)) {
                send(Ocp1DeviceWire.propertyChanged(sub.ono(), sub.level(), sub.index(), sub.context(), emitter,
                        o.propertyLevel(), 1, value));
            }
        });
    }

    private void answer(Ocp1DeviceWire.Command c, boolean wantsResponse) {
        Aes70DeviceObjects.Result r = c.ono() == 4 ? subscriptionManager(c) : objects.call(c.ono(), c.level(), c.index(), c.params());
        if (!wantsResponse || faults.drop()) {
            return;
        }
        faults.pauseIfSlow();
        if (faults.garbage()) {
            byte[] g = new byte[ThreadLocalRandom.current().nextInt(1, 40)];
            ThreadLocalRandom.current().nextBytes(g);
            send(g);
        } else {
            send(Ocp1DeviceWire.response(c.handle(), r.status(), r.paramCount(), r.params()));
        }
    }

    /** OcaSubscriptionManager (ONo 4): AddSubscription 3.1, RemoveSubscription 3.2. */
    private Aes70DeviceObjects.Result subscriptionManager(Ocp1DeviceWire.Command c) {
        ByteBuffer p = c.params();
        if (c.level() != 3 || (c.index() != 1 && c.index() != 2)) {
            return new Aes70DeviceObjects.Result(Aes70DeviceObjects.BAD_METHOD, 0, new byte[0]);
        }
        long emitter = p.getInt() & 0xFFFF_FFFFL;
        int eventLevel = p.getShort();
        int eventIndex = p.getShort();
        long subscriber = p.getInt() & 0xFFFF_FFFFL;
        int level = p.getShort() & 0xFFFF;
        int index = p.getShort() & 0xFFFF;
        if (objects.get(emitter) == null || eventLevel != 1 || eventIndex != 1) {
            return new Aes70DeviceObjects.Result(Aes70DeviceObjects.BAD_ONO, 0, new byte[0]);
        }
        if (c.index() == 2) {
            subscriptions.remove(emitter);
        } else {
            byte[] context = new byte[p.getShort() & 0xFFFF];
            p.get(context);
            subscriptions.put(emitter, new Subscriber(subscriber, level, index, context));
            lastSent.put(emitter, objects.value(objects.get(emitter)));
        }
        return new Aes70DeviceObjects.Result(Aes70DeviceObjects.OK, 0, new byte[0]);
    }

    private void send(byte[] bytes) {
        synchronized (out) {
            try {
                lastSendNanos.accumulateAndGet(System.nanoTime(), Math::max); // before: the peer may read at once
                out.write(bytes);
                out.flush();
            } catch (IOException e) {
                close();
            }
        }
    }

    boolean closed() {
        return socket.isClosed();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // gone anyway
        }
    }
}
