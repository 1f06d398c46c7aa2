package dev.rackd.app.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rackd.app.command.ErrorCode;
import dev.rackd.app.command.Replies;
import dev.rackd.config.AuthSettings.Role;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * How the dashboard hands a crew action to the command door, with the identity its own login
 * established. {@code CommandDoor::submit} is one; the reply is the door's JSON, exactly as MQTT gets it.
 */
@FunctionalInterface
public interface CommandDispatcher {
    CompletableFuture<ObjectNode> submit(String name, byte[] payload, String user, Role role);

    /** For a service running without a command door: every action is refused, and says why. */
    static CommandDispatcher unavailable() {
        return (name, payload, user, role) -> CompletableFuture.completedFuture(Replies.error(ErrorCode.REFUSED,
                "this rackd runs without its command door; no action can be taken from the dashboard",
                Optional.empty()));
    }
}
