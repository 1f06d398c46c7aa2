package dev.rackd.config;

import java.util.List;
import java.util.Map;

/**
 * Who may do what.
 *
 * @param users    MQTT username or client-certificate CN to role
 * @param commands command name to the roles that may send it (commands not listed: crew and admin)
 */
public record AuthSettings(Map<String, Role> users, Map<String, List<Role>> commands) {
    public AuthSettings {
        users = Map.copyOf(users);
        commands = Map.copyOf(commands);
    }

    public enum Role { VIEWER, CREW, ADMIN }
}
