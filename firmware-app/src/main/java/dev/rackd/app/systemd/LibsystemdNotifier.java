package dev.rackd.app.systemd;

import com.sun.jna.Library;
import com.sun.jna.Native;

/**
 * sd_notify(3) from libsystemd through JNA. The JDK cannot send datagrams on a UNIX socket, and
 * libsystemd knows every socket form systemd uses (path, abstract, vsock); we do not re-implement it.
 */
final class LibsystemdNotifier implements Notifier {
    /** The one function we call; {@code unset_environment} stays 0 so later calls still find the socket. */
    interface Libsystemd extends Library {
        int sd_notify(int unsetEnvironment, String state);
    }

    private final Libsystemd lib;
    private final String socket;

    private LibsystemdNotifier(Libsystemd lib, String socket) {
        this.lib = lib;
        this.socket = socket;
    }

    /** Falls back to a silent notifier that says why, when libsystemd or JNA cannot be loaded. */
    static Notifier load(String socket) {
        Throwable failure = null;
        // Debian ships only the versioned name unless libsystemd-dev is installed.
        for (String name : new String[] {"systemd", "libsystemd.so.0"}) {
            try {
                return new LibsystemdNotifier(Native.load(name, Libsystemd.class), socket);
            } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
                failure = e;
            }
        }
        String why = "libsystemd could not be loaded (" + failure.getMessage()
                + "): systemd will not see READY or WATCHDOG and will time rackd out";
        return new Notifier() {
            @Override
            public boolean send(String state) {
                return false;
            }

            @Override
            public String describe() {
                return why;
            }
        };
    }

    @Override
    public boolean send(String state) {
        try {
            return lib.sd_notify(0, state) > 0;
        } catch (RuntimeException | LinkageError e) {
            return false; // a notify that fails must never take the service down
        }
    }

    @Override
    public String describe() {
        return "systemd notify socket " + socket + " via libsystemd";
    }
}
