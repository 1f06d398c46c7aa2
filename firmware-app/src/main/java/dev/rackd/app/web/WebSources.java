package dev.rackd.app.web;

import dev.rackd.app.alerts.AlertEngine;
import dev.rackd.app.command.CommandDoor;
import dev.rackd.app.core.Messaging;
import dev.rackd.app.core.RackContext;
import dev.rackd.app.core.RackState;
import dev.rackd.app.state.StateStore;
import dev.rackd.config.ShowFile;
import java.time.Clock;
import java.util.Optional;

/**
 * Everything the dashboard reads and the one door it writes through.
 *
 * @param messaging where the wireless and audio domains publish their events and state; empty in tests
 * @param store     the state directory, where the wireless domain keeps its latest scan; empty in tests
 */
public record WebSources(ShowFile show, RackState state, Clock clock, CommandDispatcher commands,
        AlertSource alerts, Optional<Messaging> messaging, Optional<StateStore> store) {

    /**
     * From a running service: its command door and alert engine when it has them (until they are wired
     * the page shows no alerts and refuses every action, saying why).
     */
    public static WebSources from(RackContext context) {
        CommandDispatcher commands = context.commands() instanceof CommandDoor door ? door::submit
                : CommandDispatcher.unavailable();
        AlertSource alerts = context.alerts() instanceof AlertEngine engine ? AlertSource.of(engine)
                : AlertSource.none();
        return new WebSources(context.show(), context.state(), context.clock(), commands, alerts,
                Optional.of(context.messaging()), Optional.of(context.store()));
    }
}
