package dev.rackd.hal.amps.aes70;

/** Bytes that are not valid OCP.1; the message says what is wrong with them. */
public final class Ocp1FormatException extends Exception {
    public Ocp1FormatException(String message) {
        super(message, null, false, false);
    }
}
