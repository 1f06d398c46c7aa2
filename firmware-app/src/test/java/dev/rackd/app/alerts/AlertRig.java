package dev.rackd.app.alerts;

import dev.rackd.app.fixtures.FakeRackState;
import dev.rackd.app.fixtures.PahoLink;
import dev.rackd.app.state.StateStore;
import dev.rackd.config.ShowFile;
import java.nio.file.Path;
import java.time.Clock;
import org.eclipse.paho.mqttv5.common.MqttException;

/** The alert side of rackd wired as the service wires it, on a test's broker and state folder. */
final class AlertRig implements AutoCloseable {
    final FakeRackState rack = new FakeRackState();
    final PahoLink link;
    final AlertEngine engine;
    final AlertPublisher publisher;

    AlertRig(ShowFile show, String brokerUri, Path stateDir, Clock clock, int outboxCapacity) throws Exception {
        StateStore store = new StateStore(stateDir, 8 << 20, clock, p -> {});
        link = new PahoLink(brokerUri, "rackd-" + show.rack().id(), show.rack().id());
        link.connect();
        engine = new AlertEngine(show, store, clock);
        publisher = new AlertPublisher(link, engine, store, outboxCapacity, clock);
        engine.addListener(publisher);
        publisher.start();
        engine.start(rack);
    }

    @Override
    public void close() throws MqttException {
        engine.close();
        publisher.close();
        link.close();
    }
}
