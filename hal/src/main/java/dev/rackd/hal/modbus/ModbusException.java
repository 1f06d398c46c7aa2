package dev.rackd.hal.modbus;

/**
 * Why a Modbus exchange failed. The codec throws only this, for every malformed frame; the bus adds
 * {@link Kind#TIMEOUT}. The message says what was wrong in words a technician can act on.
 */
public final class ModbusException extends Exception {
    /** What went wrong; all but {@link #DEVICE_EXCEPTION} are worth a retry. */
    public enum Kind {
        /** No complete answer within the response timeout. */
        TIMEOUT,
        /** The answer's CRC did not match: noise on the line, or two talkers. */
        CRC,
        /** A valid frame from another address: a duplicate address or a late answer. */
        WRONG_ADDRESS,
        /** A frame that is not an answer to the request (wrong function, wrong length). */
        MALFORMED,
        /** The device refused the request with a Modbus exception code. */
        DEVICE_EXCEPTION
    }

    private final Kind kind;

    public ModbusException(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public boolean retryable() {
        return kind != Kind.DEVICE_EXCEPTION;
    }
}
