package dev.rackd.hal.amps.aes70;

/** A call that did not succeed: the device said no, did not answer in time, or the connection closed. */
public final class OcaCallException extends Exception {
    /** {@code NOT_SENT}: the connection was closed before the command went out; {@code CLOSED}: after it did. */
    public enum Kind { STATUS, TIMEOUT, CLOSED, NOT_SENT, BAD_ANSWER }

    private final Kind kind;
    private final OcaStatus status;

    public OcaCallException(Kind kind, OcaStatus status, String message) {
        super(message, null, false, false);
        this.kind = kind;
        this.status = status;
    }

    public Kind kind() {
        return kind;
    }

    /** The device's status for {@link Kind#STATUS}; null otherwise. */
    public OcaStatus status() {
        return status;
    }
}
