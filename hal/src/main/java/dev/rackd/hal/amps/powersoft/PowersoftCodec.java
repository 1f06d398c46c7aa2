package dev.rackd.hal.amps.powersoft;

/**
 * Bytes to {@link PowersoftFrame} and back, as on the wire (see docs/amplifiers.md for what was verified):
 *
 * <pre>
 * offset  size  field
 * 0       1     STX 0x02
 * 1       1     cmd
 * 2       2     cookie, little-endian
 * 4       2     count = length of data, little-endian
 * 6       2     answer_port, little-endian
 * 8       n     data
 * 8+n     2     CRC-16/ARC of data only (0 for no data), little-endian
 * 10+n    1     ~cmd
 * 11+n    1     ETX 0x03
 * </pre>
 *
 * Pure functions; every malformed input is refused with a {@link PowersoftFrameException}.
 */
public final class PowersoftCodec {
    public static final int STX = 0x02;
    public static final int ETX = 0x03;
    /** Everything but the data. */
    public static final int OVERHEAD = 12;

    private PowersoftCodec() {}

    public static byte[] encode(PowersoftFrame frame) {
        byte[] data = frame.data();
        byte[] out = new byte[OVERHEAD + data.length];
        out[0] = STX;
        out[1] = (byte) frame.command();
        putLe16(out, 2, frame.cookie());
        putLe16(out, 4, data.length);
        putLe16(out, 6, frame.answerPort());
        System.arraycopy(data, 0, out, 8, data.length);
        putLe16(out, 8 + data.length, Crc16Arc.of(data));
        out[10 + data.length] = (byte) ~frame.command();
        out[11 + data.length] = ETX;
        return out;
    }

    public static PowersoftFrame decode(byte[] bytes) throws PowersoftFrameException {
        return decode(bytes, 0, bytes.length);
    }

    /** Decodes exactly one frame filling {@code length} bytes (one UDP datagram). */
    public static PowersoftFrame decode(byte[] bytes, int offset, int length) throws PowersoftFrameException {
        if (length < OVERHEAD) {
            throw new PowersoftFrameException("frame of " + length + " bytes; the smallest is " + OVERHEAD);
        }
        if ((bytes[offset] & 0xFF) != STX) {
            throw new PowersoftFrameException(String.format("first byte 0x%02X is not STX 0x02", bytes[offset]));
        }
        int end = offset + length;
        if ((bytes[end - 1] & 0xFF) != ETX) {
            throw new PowersoftFrameException(String.format("last byte 0x%02X is not ETX 0x03", bytes[end - 1]));
        }
        int count = le16(bytes, offset + 4);
        if (count != length - OVERHEAD) {
            throw new PowersoftFrameException("count says " + count + " data bytes, the frame holds "
                    + (length - OVERHEAD));
        }
        int command = bytes[offset + 1] & 0xFF;
        int inverse = bytes[end - 2] & 0xFF;
        if (inverse != (~command & 0xFF)) {
            throw new PowersoftFrameException(String.format("~cmd 0x%02X does not match cmd 0x%02X", inverse, command));
        }
        int crc = le16(bytes, offset + 8 + count);
        int computed = Crc16Arc.of(bytes, offset + 8, count);
        if (crc != computed) {
            throw new PowersoftFrameException(String.format("CRC 0x%04X, computed 0x%04X", crc, computed));
        }
        byte[] data = new byte[count];
        System.arraycopy(bytes, offset + 8, data, 0, count);
        return new PowersoftFrame(command, le16(bytes, offset + 2), le16(bytes, offset + 6), data);
    }

    static int le16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    static void putLe16(byte[] b, int at, int value) {
        b[at] = (byte) value;
        b[at + 1] = (byte) (value >>> 8);
    }
}
