package dev.rackd.app.core;

import dev.rackd.app.broker.EmbeddedBroker;
import dev.rackd.app.telemetry.MqttEndpoint;
import dev.rackd.config.MqttSettings;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which broker the rack talks to: --broker, else the show file's broker, else an embedded one. A simulated
 * rack never publishes on the show file's broker, nor with its credentials, unless --broker names one:
 * fake readings must not reach a real show's dashboards.
 */
final class BrokerChoice {
    private static final Logger log = LoggerFactory.getLogger(BrokerChoice.class);

    private BrokerChoice() {}

    /** @param toClose gets the embedded broker, when one is started */
    static MqttEndpoint endpoint(MqttSettings mqtt, RunOptions options, List<AutoCloseable> toClose)
            throws StartupException {
        if (options.broker().isPresent() && options.simulate()) {
            return MqttEndpoint.anonymous(options.broker().get(), mqtt.clientId());
        }
        if (options.broker().isPresent()) {
            return MqttEndpoint.external(options.broker().get(), mqtt);
        }
        if (mqtt.broker().isPresent() && !options.simulate()) {
            return MqttEndpoint.external(mqtt.broker().get(), mqtt);
        }
        if (mqtt.broker().isPresent()) {
            log.info("simulating: not using the show file's broker {}; embedded broker instead (or use --broker)",
                    mqtt.broker().get());
        }
        EmbeddedBroker broker = EmbeddedBroker.start(mqtt.embeddedHost(), mqtt.embeddedPort());
        toClose.add(broker);
        return MqttEndpoint.embedded(mqtt.embeddedHost(), mqtt.embeddedPort(), mqtt.clientId());
    }
}
