package dev.rackd.hal.modbus;

/**
 * CRC-16/MODBUS: reflected polynomial 0xA001, initial value 0xFFFF, no final xor; sent low byte first.
 * Check value over the ASCII bytes "123456789" is 0x4B37.
 */
public final class Crc16 {
    private static final int[] TABLE = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            int c = i;
            for (int bit = 0; bit < 8; bit++) {
                c = (c & 1) != 0 ? (c >>> 1) ^ 0xA001 : c >>> 1;
            }
            TABLE[i] = c;
        }
    }

    private Crc16() {}

    public static int of(byte[] data, int off, int len) {
        int crc = 0xFFFF;
        for (int i = off; i < off + len; i++) {
            crc = (crc >>> 8) ^ TABLE[(crc ^ data[i]) & 0xFF];
        }
        return crc;
    }

    /** True when the last two bytes of {@code frame[0..len)} are the CRC of the bytes before them. */
    public static boolean matches(byte[] frame, int len) {
        if (len < 3) {
            return false;
        }
        int crc = of(frame, 0, len - 2);
        return (frame[len - 2] & 0xFF) == (crc & 0xFF) && (frame[len - 1] & 0xFF) == (crc >>> 8);
    }
}
