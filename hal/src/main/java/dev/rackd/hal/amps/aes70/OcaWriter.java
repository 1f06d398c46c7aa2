package dev.rackd.hal.amps.aes70;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Writes OCP.1 base types into parameter bytes, big-endian. */
public final class OcaWriter {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    public OcaWriter u8(int v) {
        out.write(Ocp1Bounds.u8("uint8", v));
        return this;
    }

    public OcaWriter u16(int v) {
        Ocp1Bounds.u16("uint16", v);
        out.write(v >>> 8);
        out.write(v);
        return this;
    }

    public OcaWriter u32(long v) {
        Ocp1Bounds.u32("uint32", v);
        out.write((int) (v >>> 24));
        out.write((int) (v >>> 16));
        out.write((int) (v >>> 8));
        out.write((int) v);
        return this;
    }

    public OcaWriter float32(float v) {
        return u32(Float.floatToIntBits(v) & 0xFFFF_FFFFL);
    }

    public OcaWriter bool(boolean v) {
        return u8(v ? 1 : 0);
    }

    /** OcaBlob: uint16 length, then the bytes. */
    public OcaWriter blob(Ocp1Bytes bytes) {
        u16(bytes.length());
        return bytes(bytes);
    }

    public OcaWriter bytes(Ocp1Bytes bytes) {
        out.writeBytes(bytes.toArray());
        return this;
    }

    /** OcaString: uint16 count of Unicode characters, then UTF-8. */
    public OcaWriter string(String s) {
        u16(s.codePointCount(0, s.length()));
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public OcaWriter method(long ono, OcaMethodId method) {
        return u32(ono).u16(method.level()).u16(method.index());
    }

    public Ocp1Bytes toBytes() {
        return Ocp1Bytes.wrap(out.toByteArray());
    }
}
