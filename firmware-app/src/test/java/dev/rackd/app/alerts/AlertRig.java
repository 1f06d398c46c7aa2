package dev.rackd.app.alerts;

import dev.rackd.app.fixtures.FakeRackState;
import dev.rackd.app.fixtures.TestLinks;
import dev.rackd.app.state.StateStore;
import dev.rackd.app.telemetry.MqttLink;
import dev.rackd.config.ShowFile;
import java.nio.file.Path;
import java.time.Clock;

/** The alert side of rackd wired as the service wires it, on a test's broker and state folder. */
final class AlertRig implements AutoCloseable {
    final FakeRackState rack = new FakeRackState();
    final MqttLink link;
    final AlertEngine engine;
    final AlertPublisher publisher;

    AlertRig(ShowFile show, String brokerUri, Path stateDir, Clock clock, int outboxCapacity) throws Exception {
        StateStore store = new StateStore(stateDir, 8 << 20, clock, p -> {});
        link = TestLinks.connected(brokerUri, show.rack().id());
        engine = new AlertEngine(show, store, clock);
        publisher = new AlertPublisher(link, engine, store, outboxCapacity, clock);
        engine.addListener(publisher);
        publisher.start();
        engine.start(rack);
    }

    @Override
    public void close() {
        engine.close();
        publisher.close();
        link.close();
    }
}
