package dev.rackd.app.alerts;

import dev.rackd.app.command.Commands;
import dev.rackd.app.core.Messaging;
import dev.rackd.app.core.RackState;
import dev.rackd.app.homeassistant.HaDiscovery;
import dev.rackd.app.state.StateStore;
import dev.rackd.config.ShowFile;
import dev.rackd.hal.gpio.GpioBoard;
import dev.rackd.hal.gpio.GpioException;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alert side of the service, wired in one place: engine, MQTT publisher, Home Assistant discovery, the log,
 * the alert commands and (when the rack has GPIO) the lamp, buzzer and button. The service creates it
 * after the command door and before the domains, and hands {@link #alerts()} to them.
 */
public final class AlertSystem implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AlertSystem.class);
    /** Undelivered events kept on disk while the broker is away. */
    public static final int OUTBOX_EVENTS = 5000;

    private final AlertEngine engine;
    private final AlertPublisher publisher;
    private final Indicators indicators;

    private AlertSystem(AlertEngine engine, AlertPublisher publisher, Indicators indicators) {
        this.engine = engine;
        this.publisher = publisher;
        this.indicators = indicators;
    }

    /**
     * @param board the rack's GPIO board ({@code RackGpio.board()}; it also carries the sequencing
     *              relays), or empty for none; only opened when the show file has a lamp, buzzer or button
     */
    public static AlertSystem start(ShowFile show, RackState state, Messaging mqtt, StateStore store,
            Commands commands, Optional<GpioBoard> board, Clock clock) {
        AlertEngine engine = new AlertEngine(show, store, clock);
        AlertPublisher publisher = new AlertPublisher(mqtt, engine, store, OUTBOX_EVENTS, clock);
        HaDiscovery discovery = new HaDiscovery(show, mqtt, state, engine.rules(), engine.labels());
        Indicators indicators = null;
        if (board.isPresent() && GpioSpecs.any(show)) {
            try {
                indicators = new Indicators(show, board.get(), engine);
            } catch (GpioException e) {
                LOG.error("the rack's status LED, buzzer and button do not work: {}", e.getMessage());
            }
        }
        engine.addListener(publisher);
        engine.addListener(discovery);
        AlertLog log = new AlertLog();
        engine.addListener(log);
        engine.withOpen(log::restored);
        if (indicators != null) {
            engine.addListener(indicators);
            indicators.start();
        }
        AlertCommands.register(commands, engine);
        publisher.start();
        discovery.start();
        engine.start(state);
        return new AlertSystem(engine, publisher, indicators);
    }

    /** For the domains ({@code RackContext.alerts()}). */
    public Alerts alerts() {
        return engine;
    }

    public AlertEngine engine() {
        return engine;
    }

    /** Stops taking readings, saves history and the undelivered events, leaves lamp and buzzer off. */
    @Override
    public void close() {
        engine.close();
        publisher.close();
        if (indicators != null) {
            indicators.close();
        }
    }
}
