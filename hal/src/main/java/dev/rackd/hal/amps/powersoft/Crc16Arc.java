package dev.rackd.hal.amps.powersoft;

/**
 * CRC-16/ARC: polynomial x^16 + x^15 + x^2 + 1 (0x8005, processed reflected as 0xA001), initial value 0,
 * no final XOR. The Powersoft document names this polynomial and gives CRC16("123456789") = 0xBB3D, which
 * is this variant's check value (CRC-16/MODBUS, same polynomial with initial 0xFFFF, gives 0x4B37).
 *
 * <p>Written here rather than taken from a library: ten lines, pinned down by the check value in the tests.
 */
public final class Crc16Arc {
    private Crc16Arc() {}

    public static int of(byte[] data) {
        return of(data, 0, data.length);
    }

    public static int of(byte[] data, int offset, int length) {
        int crc = 0;
        for (int i = offset; i < offset + length; i++) {
            crc ^= data[i] & 0xFF;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xA001 : crc >>> 1;
            }
        }
        return crc;
    }
}
