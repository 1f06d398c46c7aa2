package dev.rackd.hal.amps.aes70;

import java.util.Arrays;
import java.util.HexFormat;

/** An immutable run of bytes (parameters, a context blob), compared by content. */
public final class Ocp1Bytes {
    public static final Ocp1Bytes EMPTY = new Ocp1Bytes(new byte[0]);

    private final byte[] bytes;

    private Ocp1Bytes(byte[] bytes) {
        this.bytes = bytes;
    }

    public static Ocp1Bytes of(byte[] bytes) {
        return bytes.length == 0 ? EMPTY : new Ocp1Bytes(bytes.clone());
    }

    static Ocp1Bytes wrap(byte[] owned) {
        return owned.length == 0 ? EMPTY : new Ocp1Bytes(owned);
    }

    public int length() {
        return bytes.length;
    }

    public byte[] toArray() {
        return bytes.clone();
    }

    /** A reader over these bytes, from the start. */
    public OcaReader reader() {
        return new OcaReader(bytes, 0, bytes.length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ocp1Bytes b && Arrays.equals(b.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return HexFormat.ofDelimiter(" ").formatHex(bytes);
    }
}
