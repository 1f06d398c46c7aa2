package dev.rackd.hal.wireless.shure;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a TCP byte stream into frames {@code < ... >}. Bytes outside a frame (CR, LF, garbage) are dropped; a frame
 * longer than {@link #MAX_FRAME} is dropped whole, so a runaway sender cannot grow memory.
 */
public final class ShureFramer {
    public static final int MAX_FRAME = 512;
    private final StringBuilder frame = new StringBuilder();
    private boolean inFrame;
    private boolean overlong;
    private long dropped;

    /** Feeds bytes; returns the inner text of every frame they complete. */
    public List<String> feed(byte[] buf, int off, int len) {
        List<String> out = new ArrayList<>();
        for (int i = off; i < off + len; i++) {
            char c = (char) (buf[i] & 0xff);
            if (c == '<') {
                if (inFrame) {
                    dropped++;
                }
                inFrame = true;
                overlong = false;
                frame.setLength(0);
            } else if (c == '>' && inFrame) {
                inFrame = false;
                if (overlong) {
                    dropped++;
                } else {
                    out.add(frame.toString());
                }
            } else if (inFrame) {
                if (frame.length() < MAX_FRAME) {
                    frame.append(c);
                } else {
                    overlong = true;
                }
            }
        }
        return out;
    }

    /** Frames dropped as broken or overlong so far. */
    public long dropped() {
        return dropped;
    }
}
