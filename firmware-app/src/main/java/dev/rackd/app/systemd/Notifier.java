package dev.rackd.app.systemd;

import java.util.Map;

/**
 * Sends sd_notify(3) messages to the service manager. Never throws: outside systemd, or without
 * libsystemd, every message is dropped quietly and the service runs as usual.
 */
public interface Notifier {
    /** Dropped messages, for a rackd started by hand or in tests. */
    Notifier NONE = new Notifier() {
        @Override
        public boolean send(String state) {
            return false;
        }

        @Override
        public String describe() {
            return "not started by systemd (no NOTIFY_SOCKET): readiness and watchdog messages are off";
        }
    };

    /**
     * Sends newline-separated assignments such as {@code "READY=1\nSTATUS=all good"}.
     *
     * @return true if the service manager got it
     */
    boolean send(String state);

    /** One line for the log at start: where messages go, or why they do not. */
    String describe();

    /** libsystemd when systemd gave us a notify socket, otherwise {@link #NONE}. */
    static Notifier fromEnvironment(Map<String, String> env) {
        String socket = env.get("NOTIFY_SOCKET");
        if (socket == null || socket.isBlank()) {
            return NONE;
        }
        return LibsystemdNotifier.load(socket);
    }
}
