package dev.rackd.app.web;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the dashboard listens and whom it lets in.
 *
 * @param bindAddress  0.0.0.0 (every interface: phones on the rack's network) unless told otherwise
 * @param port         the TCP port; 0 means no dashboard at all
 * @param passwordFile Mosquitto-format password file for logins; without one the page is read-only
 */
public record WebOptions(String bindAddress, int port, Optional<Path> passwordFile) {
    public static final int DEFAULT_PORT = 8080;
    public static final String DEFAULT_BIND = "0.0.0.0";

    public boolean enabled() {
        return port != 0;
    }
}
