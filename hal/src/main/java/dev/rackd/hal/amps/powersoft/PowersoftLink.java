package dev.rackd.hal.amps.powersoft;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One request, one answer, over a UDP socket connected to the amp (so datagrams from anyone else are
 * dropped by the kernel). Matches answers by cookie and command: a late answer to an earlier try, a
 * garbled datagram or an answer to someone else's request is counted and ignored, and waiting goes on
 * until the deadline. Used only by the device's own thread.
 */
final class PowersoftLink implements AutoCloseable {
    private final DatagramChannel channel;
    private final Selector selector;
    private final long timeoutNanos;
    private final int retries;
    private final ByteBuffer in = ByteBuffer.allocate(65_535);
    private int nextCookie = ThreadLocalRandom.current().nextInt(0x10000);
    private long garbage;
    private long stale;

    PowersoftLink(InetSocketAddress amp, Duration timeout, int retries) throws IOException {
        if (amp.isUnresolved()) {
            throw new UnknownHostException("cannot resolve " + amp.getHostString());
        }
        this.timeoutNanos = timeout.toNanos();
        this.retries = retries;
        this.channel = DatagramChannel.open();
        try {
            channel.bind(new InetSocketAddress(amp.getAddress().isLoopbackAddress() ? amp.getAddress() : null, 0));
            channel.connect(amp);
            channel.configureBlocking(false);
            this.selector = Selector.open();
            channel.register(selector, SelectionKey.OP_READ);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    int localPort() throws IOException {
        return ((InetSocketAddress) channel.getLocalAddress()).getPort();
    }

    /** Datagrams that were not a valid frame. */
    long garbage() {
        return garbage;
    }

    /** Valid frames that answered something else (a late answer to an earlier try). */
    long stale() {
        return stale;
    }

    /**
     * Sends the request and waits for its answer, sending again up to {@code retries} times.
     *
     * @return the answer, or empty when none came
     */
    Optional<PowersoftFrame> exchange(PowersoftCommand command, byte[] data) throws IOException {
        for (int attempt = 0; attempt <= retries && !Thread.currentThread().isInterrupted(); attempt++) {
            int cookie = nextCookie;
            nextCookie = (nextCookie + 1) & 0xFFFF;
            byte[] wire = PowersoftCodec.encode(new PowersoftFrame(command.code(), cookie, localPort(), data));
            try {
                channel.write(ByteBuffer.wrap(wire));
            } catch (PortUnreachableException e) {
                continue;
            }
            Optional<PowersoftFrame> answer = await(command.answerCode(), cookie);
            if (answer.isPresent()) {
                return answer;
            }
        }
        return Optional.empty();
    }

    private Optional<PowersoftFrame> await(int answerCode, int cookie) throws IOException {
        long deadline = System.nanoTime() + timeoutNanos;
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || Thread.currentThread().isInterrupted()) {
                return Optional.empty(); // out of time, or the driver is closing
            }
            selector.select(Math.max(1, left / 1_000_000));
            selector.selectedKeys().clear();
            while (true) {
                in.clear();
                int n;
                try {
                    n = channel.read(in);
                } catch (PortUnreachableException e) {
                    return Optional.empty(); // nobody listens there: no point waiting out the timeout
                }
                if (n <= 0) {
                    break;
                }
                try {
                    PowersoftFrame f = PowersoftCodec.decode(in.array(), 0, n);
                    if (f.command() == answerCode && f.cookie() == cookie) {
                        return Optional.of(f);
                    }
                    stale++;
                } catch (PowersoftFrameException e) {
                    garbage++;
                }
            }
        }
    }

    @Override
    public void close() {
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
    }
}
