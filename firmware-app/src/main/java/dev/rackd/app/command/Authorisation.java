package dev.rackd.app.command;

import dev.rackd.config.AuthSettings;
import dev.rackd.config.AuthSettings.Role;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Who a sender is and whether they may send a command. Usernames come only from the topic level the
 * broker vouches for (see docs/commands.md); MQTT user properties are never trusted. Admins may send
 * everything; everyone else what the show file (or the command's default) allows their role.
 */
final class Authorisation {
    private final AuthSettings auth;
    private final Role anonymous;

    Authorisation(AuthSettings auth) {
        this.auth = auth;
        // With no users in the show file (the embedded demo broker) the rack is the crew's; once users
        // are named, a sender without a name may only look.
        this.anonymous = auth.users().isEmpty() ? Role.CREW : Role.VIEWER;
    }

    Role anonymousRole() {
        return anonymous;
    }

    Role roleOf(Optional<String> user) throws CommandException {
        if (user.isEmpty()) {
            return anonymous;
        }
        Role r = auth.users().get(user.get());
        if (r == null) {
            throw new CommandException(ErrorCode.NOT_AUTHORISED,
                    "user '" + user.get() + "' is not listed in the show file's auth users");
        }
        return r;
    }

    void check(String command, String who, Role role, List<Role> defaults) throws CommandException {
        List<Role> allowed = auth.commands().getOrDefault(command, defaults);
        if (role == Role.ADMIN || allowed.contains(role)) {
            return;
        }
        throw new CommandException(ErrorCode.NOT_AUTHORISED, "'" + command + "' needs the role "
                + String.join(" or ", allowed.stream().map(r -> r.name().toLowerCase(Locale.ROOT)).toList())
                + "; " + who + " is " + role.name().toLowerCase(Locale.ROOT));
    }
}
