package dev.rackd.hal.wireless.scan;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.LongFunction;

/**
 * A scan made up line by line as it is read, never held whole: it can be longer than any heap, or endless. Counts
 * the lines it handed out, so a test sees how far the reader pulled.
 */
final class GeneratedScan extends InputStream {
    private final long lines;
    private final LongFunction<String> line;
    private long next;
    private byte[] current = new byte[0];
    private int pos;

    GeneratedScan(long lines, LongFunction<String> line) {
        this.lines = lines;
        this.line = line;
    }

    /** Lines begun so far. */
    long lines() {
        return next;
    }

    @Override
    public int read() {
        if (pos == current.length) {
            if (next == lines) {
                return -1;
            }
            current = line.apply(next++).getBytes(StandardCharsets.US_ASCII);
            pos = 0;
        }
        return current[pos++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        int n = 0;
        while (n < len) {
            int c = read();
            if (c < 0) {
                return n == 0 ? -1 : n;
            }
            b[off + n++] = (byte) c;
        }
        return n;
    }
}
