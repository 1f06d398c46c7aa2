package dev.rackd.hal.amps.aes70;

import java.nio.charset.StandardCharsets;

/**
 * Reads OCP.1 base types from parameter bytes, big-endian as the wire is. Running past the end is a
 * {@link Ocp1FormatException}, never an index error.
 */
public final class OcaReader {
    private final byte[] b;
    private final int end;
    private int pos;

    OcaReader(byte[] b, int from, int to) {
        this.b = b;
        this.pos = from;
        this.end = to;
    }

    public int remaining() {
        return end - pos;
    }

    public int u8() throws Ocp1FormatException {
        need(1, "uint8");
        return b[pos++] & 0xFF;
    }

    public int u16() throws Ocp1FormatException {
        need(2, "uint16");
        int v = (b[pos] & 0xFF) << 8 | (b[pos + 1] & 0xFF);
        pos += 2;
        return v;
    }

    public long u32() throws Ocp1FormatException {
        need(4, "uint32");
        long v = (long) (b[pos] & 0xFF) << 24 | (b[pos + 1] & 0xFF) << 16 | (b[pos + 2] & 0xFF) << 8 | (b[pos + 3] & 0xFF);
        pos += 4;
        return v;
    }

    public float float32() throws Ocp1FormatException {
        need(4, "float32");
        return Float.intBitsToFloat((int) u32());
    }

    public boolean bool() throws Ocp1FormatException {
        return u8() != 0;
    }

    /** OcaBlob: uint16 length, then the bytes. */
    public Ocp1Bytes blob() throws Ocp1FormatException {
        return bytes(u16());
    }

    public Ocp1Bytes bytes(int n) throws Ocp1FormatException {
        need(n, n + " bytes");
        byte[] out = new byte[n];
        System.arraycopy(b, pos, out, 0, n);
        pos += n;
        return Ocp1Bytes.wrap(out);
    }

    /** OcaString: uint16 count of Unicode characters, then their UTF-8 bytes. */
    public String string() throws Ocp1FormatException {
        int chars = u16();
        int start = pos;
        for (int c = 0; c < chars; c++) {
            int lead = u8();
            int more = lead < 0x80 ? 0 : lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : -1;
            if (more < 0) {
                throw new Ocp1FormatException("string is not UTF-8 at byte " + (pos - 1 - start));
            }
            need(more, "UTF-8 continuation");
            pos += more;
        }
        return new String(b, start, pos - start, StandardCharsets.UTF_8);
    }

    /** Everything not read yet. */
    public Ocp1Bytes rest() throws Ocp1FormatException {
        return bytes(remaining());
    }

    private void need(int n, String what) throws Ocp1FormatException {
        if (n > end - pos) {
            throw new Ocp1FormatException("needs " + what + " but only " + (end - pos) + " bytes are left");
        }
    }
}
