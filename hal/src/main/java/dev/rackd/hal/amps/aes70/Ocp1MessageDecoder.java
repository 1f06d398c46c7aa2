package dev.rackd.hal.amps.aes70;

import java.util.ArrayList;
import java.util.List;

/** Splits a PDU body into its messages; every size field is checked against what is really there. */
final class Ocp1MessageDecoder {
    private Ocp1MessageDecoder() {}

    static List<Ocp1Message> decode(Ocp1PduType type, int count, byte[] body) throws Ocp1FormatException {
        OcaReader r = new OcaReader(body, 0, body.length);
        if (type == Ocp1PduType.KEEP_ALIVE) {
            if (count != 1) {
                throw new Ocp1FormatException("a keep-alive PDU carries " + count + " messages; it must carry 1");
            }
            return List.of(keepAlive(r));
        }
        List<Ocp1Message> out = new ArrayList<>(Math.min(count, 1024));
        for (int i = 0; i < count; i++) {
            long size = r.u32();
            int minimum = switch (type) {
                case COMMAND, COMMAND_RESPONSE_REQUIRED -> 17;
                case RESPONSE -> 10;
                default -> 23;
            };
            if (size < minimum || size - 4 > r.remaining()) {
                throw new Ocp1FormatException("message " + (i + 1) + " of " + count + " says " + size
                        + " bytes; " + (r.remaining() + 4) + " are left and a " + type + " needs at least " + minimum);
            }
            OcaReader m = new OcaReader(r.bytes((int) size - 4).toArray(), 0, (int) size - 4);
            out.add(switch (type) {
                case COMMAND, COMMAND_RESPONSE_REQUIRED -> new Ocp1Message.Command(m.u32(), m.u32(),
                        new OcaMethodId(m.u16(), m.u16()), m.u8(), m.rest());
                case RESPONSE -> new Ocp1Message.Response(m.u32(), m.u8(), m.u8(), m.rest());
                default -> notification(m);
            });
        }
        if (r.remaining() != 0) {
            throw new Ocp1FormatException(r.remaining() + " bytes after the last of " + count + " messages");
        }
        return out;
    }

    private static Ocp1Message notification(OcaReader m) throws Ocp1FormatException {
        long target = m.u32();
        OcaMethodId method = new OcaMethodId(m.u16(), m.u16());
        int params = m.u8();
        Ocp1Bytes context = m.blob();
        long emitter = m.u32();
        OcaEventId event = new OcaEventId(m.u16(), m.u16());
        return new Ocp1Message.Notification(target, method, params, context, emitter, event, m.rest());
    }

    private static Ocp1Message keepAlive(OcaReader r) throws Ocp1FormatException {
        return switch (r.remaining()) {
            case 2 -> new Ocp1Message.KeepAlive(r.u16() * 1000L);
            case 4 -> new Ocp1Message.KeepAlive(r.u32());
            default -> throw new Ocp1FormatException("keep-alive of " + r.remaining() + " bytes; it must be 2 or 4");
        };
    }
}
