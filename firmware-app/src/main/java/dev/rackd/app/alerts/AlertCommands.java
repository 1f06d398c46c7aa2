package dev.rackd.app.alerts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rackd.app.command.CommandException;
import dev.rackd.app.command.CommandRequest;
import dev.rackd.app.command.Commands;
import dev.rackd.app.command.ErrorCode;
import dev.rackd.app.command.Json;
import dev.rackd.config.AuthSettings.Role;
import dev.rackd.config.NearestName;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The alert commands: {@code ack}, {@code alerts} (open ones) and {@code history}. */
public final class AlertCommands {
    private final AlertEngine engine;

    private AlertCommands(AlertEngine engine) {
        this.engine = engine;
    }

    public static void register(Commands door, AlertEngine engine) {
        AlertCommands c = new AlertCommands(engine);
        door.register("ack", List.of(Role.CREW, Role.ADMIN), c::ack);
        door.register("alerts", List.of(Role.VIEWER, Role.CREW, Role.ADMIN), c::open);
        door.register("history", List.of(Role.VIEWER, Role.CREW, Role.ADMIN), c::history);
    }

    /** {@code {"alert_id": "..."}} or {@code {"all": true}}. */
    private Object ack(CommandRequest r) throws CommandException {
        r.allowOnly("alert_id", "all");
        String who = r.user() == null ? "anonymous" : r.user();
        boolean hasId = r.args().has("alert_id");
        if (r.args().has("all")) {
            if (!r.optionalBoolean("all", false)) {
                throw new CommandException(ErrorCode.OUT_OF_RANGE, "'all' is false; allowed: true");
            }
            if (hasId) {
                throw new CommandException(ErrorCode.OUT_OF_RANGE, "give 'alert_id' or \"all\": true, not both");
            }
            List<Alert> done = await(engine.acknowledgeAll(who));
            return Map.of("acknowledged", done.stream().map(Alert::id).toList());
        }
        if (!hasId) {
            throw new CommandException(ErrorCode.MISSING_FIELD, "'ack' needs 'alert_id' or \"all\": true");
        }
        String id = r.requireString("alert_id");
        Alert a = await(engine.acknowledge(id, who)).orElseThrow(() -> new CommandException(ErrorCode.NOT_FOUND,
                "no open alert '" + id + "'; the command 'alerts' lists them"));
        return Map.of("acknowledged", List.of(a.id()), "alert", a);
    }

    /** Open alerts, most urgent first; {@code {"device": "amp-b"}} narrows them. */
    private Object open(CommandRequest r) throws CommandException {
        r.allowOnly("device");
        String device = device(r);
        List<Alert> open = await(engine.open()).stream()
                .filter(a -> device == null || device.equals(a.device())).toList();
        return Map.of("alerts", open);
    }

    /**
     * {@code {"limit": 100, "since_seq": 0, "device": "..."}}, all optional, oldest first. Without
     * {@code since_seq} the newest {@code limit} events; with it the first {@code limit} after it, and
     * {@code more} says whether to ask again from the last one.
     */
    private Object history(CommandRequest r) throws CommandException {
        r.allowOnly("limit", "since_seq", "device");
        int limit = r.optionalInt("limit", 1, 500, 100);
        boolean paging = r.args().has("since_seq");
        long since = paging ? r.requireLong("since_seq", 0, Long.MAX_VALUE) : 0;
        String device = device(r);
        List<AlertEvent> found = paging ? await(engine.historyAfter(since, limit + 1, device))
                : await(engine.history(limit, 0, device));
        ArrayNode events = Json.MAPPER.createArrayNode();
        found.stream().limit(limit).forEach(e -> events.add(AlertJson.event(e)));
        ObjectNode result = Json.MAPPER.createObjectNode();
        result.set("events", events);
        result.put("more", found.size() > limit);
        return result;
    }

    /** The device asked about, if any: one rackd has never heard of is a typing error, not a quiet device. */
    private String device(CommandRequest r) throws CommandException {
        String device = r.optionalString("device").orElse(null);
        if (device == null) {
            return null;
        }
        Set<String> known = new TreeSet<>(engine.labels().ids());
        known.addAll(await(engine.devicesWithAlerts()));
        if (!known.contains(device)) {
            throw new CommandException(ErrorCode.NOT_FOUND, "no device '" + device + "' in the show file or the alerts"
                    + NearestName.to(device, known).map(n -> "; did you mean '" + n + "'?").orElse(""));
        }
        return device;
    }

    private static <T> T await(CompletableFuture<T> f) throws CommandException {
        try {
            return f.get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandException(ErrorCode.BUSY, "rackd is stopping");
        } catch (ExecutionException | TimeoutException e) {
            throw new CommandException(ErrorCode.BUSY, "the alert engine did not answer in time");
        }
    }
}
