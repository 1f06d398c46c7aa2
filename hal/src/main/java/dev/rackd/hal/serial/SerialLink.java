package dev.rackd.hal.serial;

import java.io.IOException;

/**
 * A byte pipe to one serial port, owned by one thread. Implementations report a vanished port (USB
 * adapter yanked) as an {@link IOException}, never hang: the owner then closes and reopens with backoff.
 */
public interface SerialLink extends AutoCloseable {
    /** Opens (or reopens) the port; throws when it is not there or not ours. */
    void open() throws IOException;

    boolean isOpen();

    void write(byte[] data) throws IOException;

    /**
     * Reads up to {@code len} bytes, waiting at most the read timeout for the first one.
     *
     * @return bytes read, 0 on timeout
     */
    int read(byte[] buf, int off, int len) throws IOException;

    /** Discards whatever is waiting in the receive buffer (stale answers after a timeout). */
    void drain() throws IOException;

    String path();

    @Override
    void close();
}
