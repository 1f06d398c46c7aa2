package dev.rackd.rig.amps;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * The device side's reading and writing of OCP.1 (AES70-3), written from the standard's description for the
 * simulator, not from the controller's codec: sync 0x3B, version 1, PDU size (all but the sync byte), type,
 * message count; then the messages, big-endian.
 */
final class Ocp1DeviceWire {
    static final int COMMAND = 0;
    static final int COMMAND_RRQ = 1;
    static final int NOTIFICATION = 2;
    static final int RESPONSE = 3;
    static final int KEEPALIVE = 4;

    private Ocp1DeviceWire() {}

    /** A command as the device sees it. */
    record Command(long handle, long ono, int level, int index, int paramCount, ByteBuffer params) {}

    /** One PDU read off the stream: its type and either commands or a keep-alive heartbeat in milliseconds. */
    record Pdu(int type, java.util.List<Command> commands, long heartbeatMillis) {}

    /** Reads one PDU; IOException on anything that is not OCP.1 (the device then drops the connection). */
    static Pdu read(DataInputStream in) throws IOException {
        int sync = in.readUnsignedByte();
        int version = in.readUnsignedShort();
        long size = in.readInt() & 0xFFFF_FFFFL;
        if (sync != 0x3B || version != 1 || size < 9 || size > 1 << 20) {
            throw new IOException("not OCP.1: sync " + sync + " version " + version + " size " + size);
        }
        int type = in.readUnsignedByte();
        int count = in.readUnsignedShort();
        byte[] body = new byte[(int) size - 9];
        in.readFully(body);
        ByteBuffer b = ByteBuffer.wrap(body);
        if (type == KEEPALIVE) {
            return new Pdu(type, java.util.List.of(), body.length == 2 ? (b.getShort() & 0xFFFF) * 1000L : b.getInt() & 0xFFFF_FFFFL);
        }
        java.util.List<Command> commands = new java.util.ArrayList<>();
        for (int i = 0; i < count && (type == COMMAND || type == COMMAND_RRQ); i++) {
            int msgSize = b.getInt();
            long handle = b.getInt() & 0xFFFF_FFFFL;
            long ono = b.getInt() & 0xFFFF_FFFFL;
            int level = b.getShort() & 0xFFFF;
            int index = b.getShort() & 0xFFFF;
            int params = b.get() & 0xFF;
            byte[] p = new byte[msgSize - 17];
            b.get(p);
            commands.add(new Command(handle, ono, level, index, params, ByteBuffer.wrap(p)));
        }
        return new Pdu(type, commands, 0);
    }

    static byte[] response(long handle, int status, int paramCount, byte[] params) {
        ByteBuffer m = ByteBuffer.allocate(10 + params.length);
        m.putInt(10 + params.length).putInt((int) handle).put((byte) status).put((byte) paramCount).put(params);
        return pdu(RESPONSE, m.array());
    }

    /** A PropertyChanged notification carrying the property's new current value. */
    static byte[] propertyChanged(long subscriberOno, int methodLevel, int methodIndex, byte[] context, long emitter,
            int propLevel, int propIndex, byte[] value) {
        int eventData = 4 + value.length + 1;
        int size = 4 + 4 + 4 + 1 + 2 + context.length + 4 + 4 + eventData;
        ByteBuffer m = ByteBuffer.allocate(size);
        m.putInt(size).putInt((int) subscriberOno).putShort((short) methodLevel).putShort((short) methodIndex);
        m.put((byte) 2).putShort((short) context.length).put(context);
        m.putInt((int) emitter).putShort((short) 1).putShort((short) 1); // OcaRoot PropertyChanged
        m.putShort((short) propLevel).putShort((short) propIndex).put(value).put((byte) 1); // CurrentChanged
        return pdu(NOTIFICATION, m.array());
    }

    static byte[] keepAlive(long heartbeatMillis) {
        byte[] body = heartbeatMillis % 1000 == 0
                ? ByteBuffer.allocate(2).putShort((short) (heartbeatMillis / 1000)).array()
                : ByteBuffer.allocate(4).putInt((int) heartbeatMillis).array();
        return pdu(KEEPALIVE, body);
    }

    private static byte[] pdu(int type, byte[] message) {
        ByteBuffer b = ByteBuffer.allocate(10 + message.length);
        b.put((byte) 0x3B).putShort((short) 1).putInt(9 + message.length).put((byte) type).putShort((short) 1).put(message);
        return b.array();
    }
}
