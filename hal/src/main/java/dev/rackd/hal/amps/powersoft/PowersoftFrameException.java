package dev.rackd.hal.amps.powersoft;

/** Bytes that are not a well-formed Powersoft frame or answer; the message says what is wrong with them. */
public final class PowersoftFrameException extends Exception {
    public PowersoftFrameException(String message) {
        super(message, null, false, false);
    }
}
