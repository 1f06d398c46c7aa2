package dev.rackd.app.core;

/**
 * rackd cannot start; the message is one line in the crew's words and says what to do.
 *
 * @see #exitCode()
 */
public final class StartupException extends Exception {
    /** The show file, scenario or command line is wrong. */
    public static final int BAD_INPUT = 2;
    /** The machine is not ready: port taken, folder not writable, simulator missing. */
    public static final int ENVIRONMENT = 1;

    private final int exitCode;

    public StartupException(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    public StartupException(int exitCode, String message, Throwable cause) {
        super(message, cause, false, false);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
