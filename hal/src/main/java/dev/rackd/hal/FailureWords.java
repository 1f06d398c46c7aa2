package dev.rackd.hal;

/**
 * A failure as the crew reads it: the exception's own message, not its Java class name ("connection reset", not
 * "java.net.SocketException: Connection reset"); the class's short name only when there is no message at all.
 */
public final class FailureWords {
    private FailureWords() {
    }

    public static String of(Throwable t) {
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }
}
