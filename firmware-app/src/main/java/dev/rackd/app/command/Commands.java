package dev.rackd.app.command;

import dev.rackd.config.AuthSettings.Role;
import java.util.List;

/**
 * The one door every crew action comes through (MQTT, web, CLI). Domains register their commands here;
 * the door parses, validates and authorises before a handler runs, and sends exactly one reply.
 */
public interface Commands {
    /**
     * @param name         the command's name, as in {@code rackd/<rack-id>/cmd/<name>}
     * @param defaultRoles who may send it unless the show file says otherwise
     * @param handler      runs off the MQTT thread; returns the result object (serialised to JSON) or
     *                     throws {@link CommandException}
     */
    void register(String name, List<Role> defaultRoles, CommandHandler handler);
}
