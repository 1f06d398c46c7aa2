package dev.rackd.app.command;

/** The error codes of the command contract; the wire name is the lower-case constant name. */
public enum ErrorCode {
    UNKNOWN_COMMAND, MALFORMED_JSON, MISSING_FIELD, UNKNOWN_FIELD, WRONG_TYPE, OUT_OF_RANGE,
    NOT_AUTHORISED, NOT_FOUND, DEVICE_OFFLINE, REFUSED, BUSY, TOO_LARGE, INTERNAL;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
