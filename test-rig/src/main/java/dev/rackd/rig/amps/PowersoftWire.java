package dev.rackd.rig.amps;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The device side's reading of the Powersoft UDP frame, written from the protocol description in
 * docs/amplifiers.md (not from the driver): STX, cmd, cookie, count, answer_port (16-bit little-endian
 * each), data, CRC-16 of the data (polynomial 0x8005 reflected, initial 0), ~cmd, ETX. The CRC here is
 * table-driven, the driver's is bitwise: two independent implementations checked against the same
 * document value.
 */
final class PowersoftWire {
    private static final int[] TABLE = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            int c = i;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) == 1 ? (c >>> 1) ^ 0xA001 : c >>> 1;
            }
            TABLE[i] = c;
        }
    }

    private PowersoftWire() {}

    record Request(int cmd, int cookie, int answerPort, byte[] data) {}

    static int crc(byte[] data, int from, int to) {
        int crc = 0;
        for (int i = from; i < to; i++) {
            crc = (crc >>> 8) ^ TABLE[(crc ^ data[i]) & 0xFF];
        }
        return crc;
    }

    /** The request in a datagram, or null when it is not one a device would take. */
    static Request parse(byte[] datagram, int length) {
        if (length < 12 || datagram[0] != 0x02 || datagram[length - 1] != 0x03) {
            return null;
        }
        ByteBuffer b = ByteBuffer.wrap(datagram, 0, length).order(ByteOrder.LITTLE_ENDIAN);
        int cmd = b.get(1) & 0xFF;
        int cookie = b.getShort(2) & 0xFFFF;
        int count = b.getShort(4) & 0xFFFF;
        int answerPort = b.getShort(6) & 0xFFFF;
        if (count != length - 12 || cmd > 127 || (datagram[length - 2] & 0xFF) != (255 - cmd)
                || (b.getShort(8 + count) & 0xFFFF) != crc(datagram, 8, 8 + count)) {
            return null;
        }
        byte[] data = new byte[count];
        System.arraycopy(datagram, 8, data, 0, count);
        return new Request(cmd, cookie, answerPort, data);
    }

    /** An answer to {@code cmd}: its command byte is 255 - cmd and the answer port is 0. */
    static byte[] answer(int cmd, int cookie, byte[] data, boolean spoilCrc) {
        int answerCmd = 255 - cmd;
        ByteBuffer b = ByteBuffer.allocate(12 + data.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 0x02).put((byte) answerCmd).putShort((short) cookie).putShort((short) data.length).putShort((short) 0);
        b.put(data);
        int crc = crc(data, 0, data.length) ^ (spoilCrc ? 0x5A5A : 0);
        b.putShort((short) crc).put((byte) (255 - answerCmd)).put((byte) 0x03);
        return b.array();
    }
}
