package dev.rackd.hal.amps.aes70;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The socket side of an {@link OcaController}: one virtual thread that alone reads, writes, times out
 * calls, sends keep-alives and notices silence. Other threads only put calls into {@link #submitted}.
 */
final class Ocp1Connection {
    private static final Logger log = LoggerFactory.getLogger(Ocp1Connection.class);

    @FunctionalInterface
    interface NotificationSink {
        void accept(Ocp1Message.Notification n) throws Ocp1FormatException;
    }

    private record Call(Ocp1Message.Command command, CompletableFuture<Ocp1Message.Response> result, long deadline) {}

    private final SocketChannel channel;
    private final Selector selector;
    private final String name;
    private final OcaController.Options options;
    private final NotificationSink notifications;
    private final Consumer<String> onClosed;
    private final Queue<Call> submitted = new ConcurrentLinkedQueue<>();
    private final Map<Long, Call> pending = new HashMap<>();
    private final Queue<ByteBuffer> outbox = new ArrayDeque<>();
    private final AtomicBoolean open = new AtomicBoolean(true);
    private final Thread owner;
    private ByteBuffer in = ByteBuffer.allocate(8192);
    private long nextHandle = 1;
    private volatile String closeReason;

    Ocp1Connection(SocketChannel channel, String name, OcaController.Options options, NotificationSink notifications,
            Consumer<String> onClosed) throws IOException {
        this.channel = channel;
        this.name = name;
        this.options = options;
        this.notifications = notifications;
        this.onClosed = onClosed;
        this.selector = Selector.open();
        channel.register(selector, SelectionKey.OP_READ);
        this.owner = Thread.ofVirtual().name("ocp1-" + name).start(this::run);
    }

    boolean isOpen() {
        return open.get();
    }

    /** The object number this controller gives the device for its notifications. */
    long subscriberONo() {
        return 1;
    }

    CompletableFuture<Ocp1Message.Response> call(long ono, OcaMethodId method, int paramCount, Ocp1Bytes params) {
        CompletableFuture<Ocp1Message.Response> result = new CompletableFuture<>();
        if (!open.get()) {
            result.completeExceptionally(closed(OcaCallException.Kind.NOT_SENT));
            return result;
        }
        // The handle is set by the owner thread; 0 is a placeholder.
        submitted.add(new Call(new Ocp1Message.Command(0, ono, method, paramCount, params), result,
                System.nanoTime() + options.responseTimeout().toNanos()));
        selector.wakeup();
        if (!open.get()) {
            failSubmitted();
        }
        return result;
    }

    void close(String reason) {
        shut(reason);
        if (Thread.currentThread() != owner) {
            try {
                owner.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        long now = System.nanoTime();
        long lastHeard = now;
        long nextKeepAlive = now;
        try {
            while (open.get()) {
                now = System.nanoTime();
                if (now - nextKeepAlive >= 0) {
                    send(Ocp1Pdu.of(Ocp1PduType.KEEP_ALIVE, new Ocp1Message.KeepAlive(options.heartbeat().toMillis())));
                    nextKeepAlive = now + options.heartbeat().toNanos();
                }
                takeSubmitted();
                expire(now);
                flush();
                long wake = Math.min(nextKeepAlive, lastHeard + options.deadAfter().toNanos() + 1);
                for (Call c : pending.values()) {
                    wake = Math.min(wake, c.deadline());
                }
                selector.select(Math.max(1, (wake - System.nanoTime()) / 1_000_000 + 1));
                Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
                while (keys.hasNext()) {
                    SelectionKey k = keys.next();
                    keys.remove();
                    if (k.isValid() && k.isReadable() && read()) {
                        lastHeard = System.nanoTime();
                    }
                }
                // Judged only after reading what has arrived: when this thread itself was held up (a GC pause,
                // a starved CPU), bytes waiting in the socket prove the device alive.
                if (open.get() && System.nanoTime() - lastHeard > options.deadAfter().toNanos()) {
                    shut("no message from " + name + " for " + options.deadAfter().toMillis() + " ms");
                }
            }
        } catch (IOException e) {
            shut("connection to " + name + " failed: " + e.getMessage());
        } catch (Ocp1FormatException e) {
            shut(name + " sent something that is not OCP.1: " + e.getMessage());
        } catch (RuntimeException e) {
            shut("connection to " + name + " broke: " + e);
        }
        failSubmitted();
        for (Call c : pending.values()) {
            c.result().completeExceptionally(closed(OcaCallException.Kind.CLOSED));
        }
        pending.clear();
    }

    /** @return true when bytes arrived */
    private boolean read() throws IOException, Ocp1FormatException {
        int n = channel.read(in);
        if (n < 0) {
            shut(name + " closed the connection");
            return false;
        }
        in.flip();
        Ocp1Pdu pdu;
        while ((pdu = Ocp1Codec.next(in)) != null) {
            dispatch(pdu);
        }
        in.compact();
        if (!in.hasRemaining()) {
            ByteBuffer bigger = ByteBuffer.allocate(Math.min(in.capacity() * 2, Ocp1Codec.MAX_PDU_BYTES + Ocp1Codec.HEADER));
            in.flip();
            bigger.put(in);
            in = bigger;
        }
        return n > 0;
    }

    private void dispatch(Ocp1Pdu pdu) throws IOException {
        for (Ocp1Message m : pdu.messages()) {
            switch (m) {
                case Ocp1Message.Response r -> {
                    Call c = pending.remove(r.handle());
                    if (c != null) {
                        c.result().complete(r);
                    }
                }
                case Ocp1Message.Notification n -> {
                    try {
                        notifications.accept(n);
                    } catch (Ocp1FormatException | RuntimeException e) {
                        log.warn("{}: notification from object {} not understood: {}", name, n.emitterONo(), e.getMessage());
                    }
                }
                case Ocp1Message.Command c -> {
                    if (pdu.type() == Ocp1PduType.COMMAND_RESPONSE_REQUIRED) {
                        send(Ocp1Pdu.of(Ocp1PduType.RESPONSE, new Ocp1Message.Response(c.handle(),
                                OcaStatus.NOT_IMPLEMENTED.code(), 0, Ocp1Bytes.EMPTY)));
                    }
                }
                case Ocp1Message.KeepAlive k -> {
                    // its arrival is all that matters
                }
            }
        }
    }

    private void takeSubmitted() throws IOException {
        Call c;
        while ((c = submitted.poll()) != null) {
            long handle = nextHandle;
            nextHandle = nextHandle == 0xFFFF_FFFFL ? 1 : nextHandle + 1;
            Ocp1Message.Command cmd = c.command();
            Ocp1Message.Command numbered = new Ocp1Message.Command(handle, cmd.targetONo(), cmd.method(),
                    cmd.paramCount(), cmd.parameters());
            pending.put(handle, new Call(numbered, c.result(), c.deadline()));
            send(Ocp1Pdu.of(Ocp1PduType.COMMAND_RESPONSE_REQUIRED, numbered));
        }
    }

    private void expire(long now) {
        Iterator<Call> it = pending.values().iterator();
        while (it.hasNext()) {
            Call c = it.next();
            if (now - c.deadline() >= 0) {
                it.remove();
                c.result().completeExceptionally(new OcaCallException(OcaCallException.Kind.TIMEOUT, null,
                        name + " did not answer method " + c.command().method() + " on object " + c.command().targetONo()
                                + " within " + options.responseTimeout().toMillis() + " ms"));
            }
        }
    }

    private void send(Ocp1Pdu pdu) throws IOException {
        outbox.add(ByteBuffer.wrap(Ocp1Codec.encode(pdu)));
        flush();
    }

    private void flush() throws IOException {
        while (!outbox.isEmpty()) {
            ByteBuffer b = outbox.peek();
            channel.write(b);
            if (b.hasRemaining()) {
                channel.keyFor(selector).interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
                return;
            }
            outbox.poll();
        }
        SelectionKey key = channel.keyFor(selector);
        if (key != null && key.isValid()) {
            key.interestOps(SelectionKey.OP_READ);
        }
    }

    private void shut(String reason) {
        if (!open.compareAndSet(true, false)) {
            return;
        }
        closeReason = reason;
        try {
            selector.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        try {
            onClosed.accept(reason);
        } catch (RuntimeException e) {
            log.warn("{}: close listener failed: {}", name, e.toString());
        }
    }

    private void failSubmitted() {
        Call c;
        // handed over but never written: nothing reached the amp
        while ((c = submitted.poll()) != null) {
            c.result().completeExceptionally(closed(OcaCallException.Kind.NOT_SENT));
        }
    }

    private OcaCallException closed(OcaCallException.Kind kind) {
        return new OcaCallException(kind, null,
                "connection to " + name + " is closed" + (closeReason == null ? "" : ": " + closeReason));
    }
}
