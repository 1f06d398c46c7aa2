package dev.rackd.hal.amps;

/** Why a command to an amp did not (certainly) take effect, in words the crew can act on. */
public final class AmpCommandException extends Exception {
    public enum Reason {
        /** The amp is not answering; nothing was sent. */
        OFFLINE,
        /** Sent, but no answer came: the state is unknown until the next read. */
        NO_ANSWER,
        /** The amp answered that it did not do it, or read back something else. */
        REFUSED,
        /** This amp or its object map has no way to do it. */
        NOT_SUPPORTED
    }

    private final Reason reason;

    public AmpCommandException(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
