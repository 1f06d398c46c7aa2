package dev.rackd.app.command;

import java.util.Optional;

/**
 * Where a command came in: {@code <prefix>cmd/<name>} from an anonymous sender, or
 * {@code <prefix>cmd/<name>/<username>} where the broker's ACL lets each user publish only under their
 * own name, which makes the last level an identity the broker vouches for.
 *
 * @param name the command, or the whole rest of the topic when it has too many levels
 */
record CommandTopic(String name, Optional<String> user, boolean wellFormed) {
    static CommandTopic parse(String prefix, String topic) {
        String rest = topic.startsWith(prefix + "cmd/") ? topic.substring(prefix.length() + 4) : "";
        String[] levels = rest.split("/", -1);
        boolean ok = !rest.isEmpty() && levels.length <= 2 && !levels[0].isEmpty()
                && (levels.length == 1 || !levels[1].isEmpty());
        if (!ok) {
            return new CommandTopic(rest.isEmpty() ? "_" : rest, Optional.empty(), false);
        }
        return new CommandTopic(levels[0], levels.length == 2 ? Optional.of(levels[1]) : Optional.empty(), true);
    }

    /** {@code <prefix>reply/<name>[/<user>]}: where replies go for senders that set no response topic. */
    String defaultReplyTopic(String prefix) {
        return prefix + "reply/" + name + user.map(u -> "/" + u).orElse("");
    }
}
