package dev.rackd.rig.power;

/**
 * The device side's own view of Modbus RTU framing, written from "MODBUS over Serial Line" (V1.02) and
 * independent of the driver's codec: the CRC is computed bit by bit as section 6.2.2 describes it.
 */
final class ModbusWire {
    private ModbusWire() {}

    /** CRC-16: preset 0xFFFF, for each byte xor into the low byte, 8 shifts right, xor 0xA001 on a carry. */
    static int crc(byte[] b, int off, int len) {
        int crc = 0xFFFF;
        for (int i = off; i < off + len; i++) {
            crc ^= b[i] & 0xFF;
            for (int bit = 0; bit < 8; bit++) {
                boolean carry = (crc & 1) == 1;
                crc >>>= 1;
                if (carry) {
                    crc ^= 0xA001;
                }
            }
        }
        return crc;
    }

    /** Appends the CRC, low-order byte first. */
    static byte[] seal(byte[] body) {
        byte[] f = java.util.Arrays.copyOf(body, body.length + 2);
        int c = crc(body, 0, body.length);
        f[body.length] = (byte) (c & 0xFF);
        f[body.length + 1] = (byte) (c >> 8);
        return f;
    }

    static boolean crcOk(byte[] b, int off, int len) {
        if (len < 4) {
            return false;
        }
        int c = crc(b, off, len - 2);
        return (b[off + len - 2] & 0xFF) == (c & 0xFF) && (b[off + len - 1] & 0xFF) == (c >> 8);
    }

    /** Request lengths a slave can know from the function code (RTU has no length field in requests). */
    static int requestLength(int function) {
        return switch (function) {
            case 0x03, 0x04, 0x06 -> 8;
            case 0x42 -> 4; // PZEM-004T reset energy: address, 0x42, CRC
            default -> -1;
        };
    }

    static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF);
    }
}
