package dev.rackd.app.sim;

import dev.rackd.app.core.InboundMessage;
import dev.rackd.app.core.Messaging;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fault injection over MQTT while simulating: {@code rackd/<rack-id>/sim/<device-id>/<metric|state>}
 * with the same values a scenario line takes. A bad message is logged and changes nothing.
 */
public final class InjectionTopics {
    private static final Logger log = LoggerFactory.getLogger(InjectionTopics.class);
    private static final int MAX_PAYLOAD = 64;

    private InjectionTopics() {}

    public static void subscribe(Messaging messaging, Simulation simulation) {
        String base = messaging.prefix() + "sim/";
        messaging.subscribe(base + "+/+", m -> handle(base, m, simulation));
    }

    static void handle(String base, InboundMessage m, Simulation simulation) {
        String[] path = m.topic().substring(base.length()).split("/", -1);
        if (path.length != 2 || m.payload().length > MAX_PAYLOAD) {
            log.warn("ignored injection on {}: payload of {} bytes", m.topic(), m.payload().length);
            return;
        }
        String value = new String(m.payload(), StandardCharsets.UTF_8).strip();
        String problem = Injection.problem(path[1], value);
        if (problem != null) {
            log.warn("ignored injection on {}: {}", m.topic(), problem);
            return;
        }
        try {
            simulation.inject(path[0], path[1], value);
            log.info("injected {} {} {}", path[0], path[1], value);
        } catch (RuntimeException e) {
            log.warn("ignored injection on {}: {}", m.topic(), e.getMessage());
        }
    }
}
