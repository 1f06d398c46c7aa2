package dev.rackd.hal.amps.aes70;

/** The status a device answers a command with (AES70-1 OcaStatus). */
public enum OcaStatus {
    OK, PROTOCOL_VERSION_ERROR, DEVICE_ERROR, LOCKED, BAD_FORMAT, BAD_ONO, PARAMETER_ERROR, PARAMETER_OUT_OF_RANGE,
    NOT_IMPLEMENTED, INVALID_REQUEST, PROCESSING_FAILED, BAD_METHOD, PARTIALLY_SUCCEEDED, TIMEOUT, BUFFER_OVERFLOW,
    PERMISSION_DENIED,
    /** A code this controller does not know; {@link Ocp1Message.Response#statusCode()} keeps the number. */
    UNKNOWN;

    private static final OcaStatus[] BY_CODE = values();

    public static OcaStatus of(int code) {
        return code >= 0 && code < BY_CODE.length - 1 ? BY_CODE[code] : UNKNOWN;
    }

    /** The wire code; {@link #UNKNOWN} has none. */
    public int code() {
        if (this == UNKNOWN) {
            throw new IllegalStateException("UNKNOWN has no wire code");
        }
        return ordinal();
    }
}
