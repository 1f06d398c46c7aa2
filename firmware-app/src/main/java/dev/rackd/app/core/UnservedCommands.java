package dev.rackd.app.core;

import dev.rackd.app.command.CommandHandler;
import dev.rackd.app.command.Commands;
import dev.rackd.config.AuthSettings.Role;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PLACEHOLDER until the command door lands: accepts registrations so domain modules start, but serves
 * no command over MQTT. {@link RackService} creates it in one place and logs what is not served.
 */
public final class UnservedCommands implements Commands {
    private static final Logger log = LoggerFactory.getLogger(UnservedCommands.class);
    private final Map<String, CommandHandler> handlers = new ConcurrentHashMap<>();

    @Override
    public void register(String name, List<Role> defaultRoles, CommandHandler handler) {
        if (handlers.putIfAbsent(name, handler) != null) {
            throw new IllegalStateException("command '" + name + "' is registered twice");
        }
        log.debug("command '{}' registered (not served over MQTT yet)", name);
    }

    public Set<String> names() {
        return Set.copyOf(handlers.keySet());
    }
}
