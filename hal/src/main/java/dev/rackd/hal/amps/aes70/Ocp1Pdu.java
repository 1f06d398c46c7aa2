package dev.rackd.hal.amps.aes70;

import java.util.List;

/** One OCP.1 PDU: a type and one or more messages of that type. */
public record Ocp1Pdu(Ocp1PduType type, List<Ocp1Message> messages) {
    public Ocp1Pdu {
        messages = List.copyOf(messages);
        if (messages.isEmpty() || messages.size() > 0xFFFF) {
            throw new IllegalArgumentException("a PDU carries 1..65535 messages, not " + messages.size());
        }
        for (Ocp1Message m : messages) {
            if (!fits(type, m)) {
                throw new IllegalArgumentException("a " + type + " PDU cannot carry a " + m.getClass().getSimpleName());
            }
        }
    }

    public static Ocp1Pdu of(Ocp1PduType type, Ocp1Message message) {
        return new Ocp1Pdu(type, List.of(message));
    }

    private static boolean fits(Ocp1PduType type, Ocp1Message m) {
        return switch (type) {
            case COMMAND, COMMAND_RESPONSE_REQUIRED -> m instanceof Ocp1Message.Command;
            case RESPONSE -> m instanceof Ocp1Message.Response;
            case NOTIFICATION -> m instanceof Ocp1Message.Notification;
            case KEEP_ALIVE -> m instanceof Ocp1Message.KeepAlive;
        };
    }
}
