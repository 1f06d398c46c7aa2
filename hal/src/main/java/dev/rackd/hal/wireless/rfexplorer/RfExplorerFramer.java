package dev.rackd.hal.wireless.rfexplorer;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the RF Explorer's serial stream into messages. A state machine, because sweep bytes are binary and may look
 * like '#' or '$': {@code $S<n>} then n bytes, {@code $s<c>} then c*16 bytes, {@code $z<hi><lo>} then that many
 * bytes, each followed by CR LF; text lines start with '#' and end with CR LF. Bytes that start nothing are skipped
 * and counted; a text line longer than {@link #MAX_LINE} is dropped.
 */
public final class RfExplorerFramer {
    public static final int MAX_LINE = 512;

    private enum State { IDLE, DOLLAR, COUNT, COUNT_HI, COUNT_LO, DATA, TEXT }

    private State state = State.IDLE;
    private final StringBuilder text = new StringBuilder();
    private byte[] data;
    private int filled;
    private int countHi;
    private char kind;
    private long skipped;

    public List<RfExplorerMessage> feed(byte[] buf, int off, int len) {
        List<RfExplorerMessage> out = new ArrayList<>();
        for (int i = off; i < off + len; i++) {
            step(buf[i] & 0xff, out);
        }
        return out;
    }

    /** Bytes that belonged to no message so far. */
    public long skipped() {
        return skipped;
    }

    private void step(int b, List<RfExplorerMessage> out) {
        switch (state) {
            case IDLE -> {
                if (b == '$') {
                    state = State.DOLLAR;
                } else if (b == '#') {
                    text.setLength(0);
                    text.append('#');
                    state = State.TEXT;
                } else if (b != '\r' && b != '\n') {
                    skipped++;
                }
            }
            case DOLLAR -> {
                kind = (char) b;
                state = switch (kind) {
                    case 'S', 's' -> State.COUNT;
                    case 'z' -> State.COUNT_HI;
                    default -> {
                        skipped += 2;
                        yield State.IDLE;
                    }
                };
            }
            case COUNT -> begin(kind == 's' ? b * 16 : b);
            case COUNT_HI -> {
                countHi = b;
                state = State.COUNT_LO;
            }
            case COUNT_LO -> begin(countHi << 8 | b);
            case DATA -> {
                data[filled++] = (byte) b;
                if (filled == data.length) {
                    double[] dbm = new double[data.length];
                    for (int k = 0; k < dbm.length; k++) {
                        dbm[k] = RfExplorerCodec.levelDbm(data[k] & 0xff);
                    }
                    out.add(new RfExplorerMessage.Sweep(dbm));
                    state = State.IDLE;
                }
            }
            case TEXT -> {
                if (b == '\r' || b == '\n') {
                    out.add(RfExplorerCodec.decodeText(text.toString()));
                    state = State.IDLE;
                } else if (text.length() >= MAX_LINE) {
                    skipped += text.length();
                    state = State.IDLE;
                } else {
                    text.append((char) b);
                }
            }
        }
    }

    private void begin(int count) {
        if (count == 0) {
            skipped += 3;
            state = State.IDLE;
            return;
        }
        data = new byte[count];
        filled = 0;
        state = State.DATA;
    }
}
