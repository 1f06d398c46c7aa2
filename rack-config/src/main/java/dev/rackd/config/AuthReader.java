package dev.rackd.config;

import dev.rackd.config.AuthSettings.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;

/** {@code auth:} — MQTT users to roles, and which roles may send which command. */
final class AuthReader {
    static final List<String> KEYS = List.of("users", "commands");
    private static final Pattern COMMAND = Pattern.compile("[a-z][a-z0-9_-]{0,63}");
    private static final String ROLES = "a list of viewer, crew, admin, e.g. [crew, admin]";

    private AuthReader() {}

    static AuthSettings read(Fields root) {
        Fields f = root.section("auth", KEYS);
        Map<String, Role> users = new LinkedHashMap<>();
        Fields userMap = f.section("users", null);
        for (String user : userMap.keys()) {
            userMap.optionalChoice(user, Role.class, "role").ifPresent(role -> users.put(user, role));
        }
        Map<String, List<Role>> commands = new LinkedHashMap<>();
        Fields commandMap = f.section("commands", null);
        for (String command : commandMap.keys()) {
            if (!COMMAND.matcher(command).matches()) {
                commandMap.error(command, Values.quote(command) + " is not a command name; allowed: lower-case"
                        + " letters, digits, '_' and '-', e.g. mute");
                continue;
            }
            if (!CommandNames.ALL.contains(command)) {
                String hint = NearestName.to(command, CommandNames.ALL).map(n -> "; did you mean '" + n + "'?")
                        .orElse("; known: " + String.join(", ", CommandNames.ALL));
                commandMap.error(command, Values.quote(command) + " is no command of rackd" + hint);
                continue;
            }
            commands.put(command, roles(commandMap, command));
        }
        return new AuthSettings(users, commands);
    }

    private static List<Role> roles(Fields commands, String command) {
        Node node = commands.node(command).orElseThrow();
        List<Node> items = node.getNodeType() == org.snakeyaml.engine.v2.nodes.NodeType.SCALAR ? List.of(node)
                : commands.list(command, ROLES);
        List<Role> roles = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String path = commands.path(command) + "[" + i + "]";
            commands.values().choice(items.get(i), path, Role.class, "role").ifPresent(role -> {
                if (!roles.contains(role)) {
                    roles.add(role);
                }
            });
        }
        if (items.isEmpty()) {
            commands.error(command, "no roles listed; allowed: " + ROLES);
        }
        return roles;
    }
}
