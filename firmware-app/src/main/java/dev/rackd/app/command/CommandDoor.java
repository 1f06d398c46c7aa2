package dev.rackd.app.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rackd.app.core.InboundMessage;
import dev.rackd.app.core.Messaging;
import dev.rackd.config.AuthSettings;
import dev.rackd.config.AuthSettings.Role;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one door every crew action comes through. A command arrives on {@code <prefix>cmd/<name>[/<user>]};
 * the door checks size, name, sender and role, parses the payload strictly and runs the handler on the
 * command thread; exactly one reply leaves, success or error, whatever the bytes were. Nothing a
 * sender does can stop the door: every failure becomes an error reply.
 */
public final class CommandDoor implements Commands, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CommandDoor.class);
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_-]{0,31}");

    private record Registered(List<Role> defaultRoles, CommandHandler handler) {}

    private final Messaging mqtt;
    private final Authorisation auth;
    private final CommandRunner runner;
    private final Map<String, Registered> commands = new ConcurrentHashMap<>();

    public CommandDoor(Messaging mqtt, AuthSettings auth, Duration handlerTimeout) {
        this.mqtt = mqtt;
        this.auth = new Authorisation(auth);
        this.runner = new CommandRunner(handlerTimeout);
    }

    /** Starts taking commands from MQTT. */
    public void start() {
        mqtt.subscribe(mqtt.prefix() + "cmd/#", this::arrived);
    }

    @Override
    public void register(String name, List<Role> defaultRoles, CommandHandler handler) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("command name '" + name + "': lower case letters, digits, '_' and '-'");
        }
        if (commands.putIfAbsent(name, new Registered(List.copyOf(defaultRoles), handler)) != null) {
            throw new IllegalStateException("command '" + name + "' is registered twice");
        }
    }

    /** The role of a sender without a name (see docs/commands.md). */
    public Role anonymousRole() {
        return auth.anonymousRole();
    }

    /**
     * For callers that established identity themselves (the CLI on the Pi, the web login): the reply
     * JSON, exactly as it would go out on MQTT.
     */
    public CompletableFuture<ObjectNode> submit(String name, byte[] payload, String user, Role role) {
        CompletableFuture<ObjectNode> reply = new CompletableFuture<>();
        process(name, user, role, payload, reply::complete);
        return reply;
    }

    @Override
    public void close() {
        runner.close();
    }

    private void arrived(InboundMessage m) {
        if (m.retained() && m.payload().length == 0) {
            return; // a retained command being removed, as the refusal of it asks: nothing to carry out or answer
        }
        CommandTopic t = CommandTopic.parse(mqtt.prefix(), m.topic());
        ReplyRoute route = ReplyRoute.of(mqtt, t, m);
        java.util.function.Consumer<ObjectNode> send = json -> {
            try {
                route.send(Json.MAPPER.writeValueAsBytes(json));
            } catch (Exception e) {
                LOG.error("reply to {} could not be sent: {}", route.topic(), e.toString());
            }
        };
        try {
            if (route.refusedResponseTopic != null) {
                throw new CommandException(ErrorCode.REFUSED, route.refusedResponseTopic);
            }
            if (m.retained()) {
                throw new CommandException(ErrorCode.REFUSED, "commands are never taken from retained messages; "
                        + "remove it by publishing an empty retained message to " + m.topic());
            }
            if (!t.wellFormed()) {
                throw new CommandException(ErrorCode.UNKNOWN_COMMAND,
                        "commands go to " + mqtt.prefix() + "cmd/<name> or " + mqtt.prefix() + "cmd/<name>/<user>");
            }
            Role role = auth.roleOf(t.user());
            process(t.name(), t.user().orElse(null), role, m.payload(), send);
        } catch (CommandException e) {
            send.accept(Replies.error(e, CommandPayload.peekRequestId(m.payload())));
        } catch (RuntimeException e) {
            LOG.error("command on {} failed", m.topic(), e);
            send.accept(Replies.error(ErrorCode.INTERNAL, "rackd could not process this command", Optional.empty()));
        }
    }

    private void process(String name, String user, Role role, byte[] payload,
            java.util.function.Consumer<ObjectNode> send) {
        Optional<JsonNode> requestId = CommandPayload.peekRequestId(payload);
        try {
            if (payload.length > CommandPayload.MAX_BYTES) {
                CommandPayload.parse(payload); // throws TOO_LARGE before anything else looks at it
            }
            Registered reg = commands.get(name);
            if (reg == null) {
                throw new CommandException(ErrorCode.UNKNOWN_COMMAND,
                        "no command '" + name + "'; known: " + String.join(", ", new TreeMap<>(commands).keySet()));
            }
            String who = user == null ? "an anonymous sender" : "'" + user + "'";
            auth.check(name, who, role, reg.defaultRoles());
            CommandPayload parsed = CommandPayload.parse(payload);
            requestId = parsed.requestId();
            Optional<JsonNode> id = requestId;
            runner.run(name, () -> reg.handler().handle(new CommandRequest(name, parsed.args(), user, role)),
                    result -> send.accept(Replies.ok(result, id)),
                    refusal -> send.accept(Replies.error(refusal, id)));
        } catch (CommandException e) {
            send.accept(Replies.error(e, requestId));
        }
    }

}
