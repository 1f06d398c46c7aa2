package dev.rackd.hal.amps.aes70;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * OCP.1 PDUs to bytes and back (AES70-3), big-endian throughout:
 *
 * <pre>
 * sync 0x3B | version u16 = 1 | PDU size u32 (everything after the sync byte) | PDU type u8 | message count u16
 * Command:      size u32 | handle u32 | target ONo u32 | method level u16, index u16 | param count u8 | params
 * Response:     size u32 | handle u32 | status u8 | param count u8 | params
 * Notification: size u32 | target ONo u32 | method u16,u16 | param count u8 | context blob (u16 + bytes)
 *               | emitter ONo u32 | event level u16, index u16 | event data
 * KeepAlive:    heartbeat u16 seconds, or u32 milliseconds
 * </pre>
 *
 * Pure functions. A stream that does not parse is refused with {@link Ocp1FormatException}; there is no
 * safe way to find the next PDU in a TCP stream after that, so the connection should be dropped.
 */
public final class Ocp1Codec {
    public static final int SYNC = 0x3B;
    public static final int VERSION = 1;
    public static final int HEADER = 10;
    /** Larger PDUs are refused rather than buffered: no amp answer we use comes near. */
    public static final int MAX_PDU_BYTES = 1 << 20;

    private Ocp1Codec() {}

    public static byte[] encode(Ocp1Pdu pdu) {
        int size = HEADER;
        for (Ocp1Message m : pdu.messages()) {
            size += length(m);
        }
        ByteBuffer b = ByteBuffer.allocate(size);
        b.put((byte) SYNC).putShort((short) VERSION).putInt(size - 1).put((byte) pdu.type().code())
                .putShort((short) pdu.messages().size());
        for (Ocp1Message m : pdu.messages()) {
            put(b, m);
        }
        return b.array();
    }

    /**
     * Takes one whole PDU from the front of {@code in} (between position and limit) and advances past it,
     * or returns null and leaves {@code in} as it was when the PDU is not complete yet.
     */
    public static Ocp1Pdu next(ByteBuffer in) throws Ocp1FormatException {
        if (in.remaining() < HEADER) {
            return null;
        }
        int start = in.position();
        if ((in.get(start) & 0xFF) != SYNC) {
            throw new Ocp1FormatException(String.format("expected sync byte 0x3B, got 0x%02X", in.get(start)));
        }
        int version = in.getShort(start + 1) & 0xFFFF;
        if (version != VERSION) {
            throw new Ocp1FormatException("protocol version " + version + "; this controller speaks version 1");
        }
        long size = in.getInt(start + 3) & 0xFFFF_FFFFL;
        if (size < HEADER - 1 || size > MAX_PDU_BYTES) {
            throw new Ocp1FormatException("PDU size " + size + " is outside 9.." + MAX_PDU_BYTES);
        }
        if (in.remaining() < size + 1) {
            return null;
        }
        Ocp1PduType type = Ocp1PduType.of(in.get(start + 7) & 0xFF);
        int count = in.getShort(start + 8) & 0xFFFF;
        byte[] body = new byte[(int) size + 1 - HEADER];
        in.get(start + HEADER, body);
        List<Ocp1Message> messages = Ocp1MessageDecoder.decode(type, count, body);
        in.position(start + (int) size + 1);
        if (messages.isEmpty()) {
            throw new Ocp1FormatException("a PDU with no messages");
        }
        return new Ocp1Pdu(type, messages);
    }

    static int length(Ocp1Message m) {
        return switch (m) {
            case Ocp1Message.Command c -> 17 + c.parameters().length();
            case Ocp1Message.Response r -> 10 + r.parameters().length();
            case Ocp1Message.Notification n -> 23 + n.context().length() + n.eventData().length();
            case Ocp1Message.KeepAlive k -> k.inSeconds() ? 2 : 4;
        };
    }

    private static void put(ByteBuffer b, Ocp1Message m) {
        switch (m) {
            case Ocp1Message.Command c -> {
                b.putInt(length(c)).putInt((int) c.handle()).putInt((int) c.targetONo());
                b.putShort((short) c.method().level()).putShort((short) c.method().index()).put((byte) c.paramCount());
                b.put(c.parameters().toArray());
            }
            case Ocp1Message.Response r -> {
                b.putInt(length(r)).putInt((int) r.handle()).put((byte) r.statusCode()).put((byte) r.paramCount());
                b.put(r.parameters().toArray());
            }
            case Ocp1Message.Notification n -> {
                b.putInt(length(n)).putInt((int) n.targetONo());
                b.putShort((short) n.method().level()).putShort((short) n.method().index()).put((byte) n.paramCount());
                b.putShort((short) n.context().length()).put(n.context().toArray());
                b.putInt((int) n.emitterONo()).putShort((short) n.event().level()).putShort((short) n.event().index());
                b.put(n.eventData().toArray());
            }
            case Ocp1Message.KeepAlive k -> {
                if (k.inSeconds()) {
                    b.putShort((short) (k.heartbeatMillis() / 1000));
                } else {
                    b.putInt((int) k.heartbeatMillis());
                }
            }
        }
    }
}
