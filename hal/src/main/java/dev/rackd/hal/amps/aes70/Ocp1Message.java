package dev.rackd.hal.amps.aes70;

/** The messages an OCP.1 PDU carries (AES70-3). All sizes on the wire are computed by the codec. */
public sealed interface Ocp1Message {

    /**
     * Calls a method on an object.
     *
     * @param handle     chosen by the controller; the response carries it back
     * @param paramCount how many parameters {@code parameters} holds (their encoding is the method's business)
     */
    record Command(long handle, long targetONo, OcaMethodId method, int paramCount, Ocp1Bytes parameters)
            implements Ocp1Message {
        public Command {
            Ocp1Bounds.u32("handle", handle);
            Ocp1Bounds.u32("target ONo", targetONo);
            Ocp1Bounds.u8("parameter count", paramCount);
        }
    }

    /** A device's answer to a command. */
    record Response(long handle, int statusCode, int paramCount, Ocp1Bytes parameters) implements Ocp1Message {
        public Response {
            Ocp1Bounds.u32("handle", handle);
            Ocp1Bounds.u8("status", statusCode);
            Ocp1Bounds.u8("parameter count", paramCount);
        }

        public OcaStatus status() {
            return OcaStatus.of(statusCode);
        }
    }

    /**
     * An event delivered to a subscriber.
     *
     * @param targetONo  the subscriber's object number, as given in AddSubscription
     * @param method     the subscriber's method, as given in AddSubscription
     * @param paramCount 1 (context only) or 2 (context and event data)
     * @param context    the subscriber context given in AddSubscription
     * @param emitterONo the object whose event this is
     * @param eventData  the event's own data (for PropertyChanged: property id, value, change type)
     */
    record Notification(long targetONo, OcaMethodId method, int paramCount, Ocp1Bytes context, long emitterONo,
            OcaEventId event, Ocp1Bytes eventData) implements Ocp1Message {
        public Notification {
            Ocp1Bounds.u32("target ONo", targetONo);
            Ocp1Bounds.u8("parameter count", paramCount);
            Ocp1Bounds.u16("context length", context.length());
            Ocp1Bounds.u32("emitter ONo", emitterONo);
        }
    }

    /**
     * "I am still here". A heartbeat that is a whole number of seconds (up to 65535) goes as 16-bit seconds,
     * any other as 32-bit milliseconds (AES70-3 allows both; a peer tells them apart by the message length).
     */
    record KeepAlive(long heartbeatMillis) implements Ocp1Message {
        public KeepAlive {
            Ocp1Bounds.u32("heartbeat", heartbeatMillis);
        }

        boolean inSeconds() {
            return heartbeatMillis % 1000 == 0 && heartbeatMillis / 1000 <= 0xFFFF;
        }
    }
}
