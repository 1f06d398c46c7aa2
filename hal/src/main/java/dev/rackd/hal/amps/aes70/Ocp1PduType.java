package dev.rackd.hal.amps.aes70;

/** The PDU type byte of the OCP.1 header (AES70-3). */
public enum Ocp1PduType {
    COMMAND, COMMAND_RESPONSE_REQUIRED, NOTIFICATION, RESPONSE, KEEP_ALIVE;

    public int code() {
        return ordinal();
    }

    static Ocp1PduType of(int code) throws Ocp1FormatException {
        if (code < 0 || code >= values().length) {
            throw new Ocp1FormatException("PDU type " + code + " is not 0..4");
        }
        return values()[code];
    }
}
