package dev.rackd.app.alerts;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.rackd.app.alerts.Outbox.Item;
import dev.rackd.app.command.Json;
import dev.rackd.app.core.InboundMessage;
import dev.rackd.app.core.Messaging;
import dev.rackd.app.state.StateStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts alerts on the broker: each event on {@code events} and each alert's state retained on
 * {@code alerts/<alert-id>}, strictly in sequence order, one message in flight at a time (the next leaves
 * only once the broker acknowledged the last), so a dropped connection can cause a repeat but never a
 * gap. After every connect it first re-sends the events the broker acknowledged in the last
 * {@link #REPLAY} (a broker killed right after acknowledging may not have passed them on), then whatever
 * waited, then every open alert's retained state, and removes retained alerts that are no longer open.
 * See docs/alerts.md for the guarantee this makes.
 */
public final class AlertPublisher implements AlertListener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AlertPublisher.class);
    static final String OUTBOX = "alerts-outbox";
    static final Duration REPLAY = Duration.ofSeconds(10);
    static final Duration ACK_TIMEOUT = Duration.ofSeconds(10);
    static final int QOS = 1;

    private record Saved(long seq, Severity severity, String topic, String json) {}

    /**
     * What is saved: the events not yet acknowledged, and the newest event it had taken in by then, so that at the
     * next start it takes from the engine's saved history whatever came after (written, then killed before it got
     * here).
     */
    private record SavedOutbox(long taken, List<Saved> events) {}

    private record Sent(Item item, Instant at) {}

    private final Messaging mqtt;
    private final AlertEngine engine;
    private final StateStore store;
    private final StateWriter writer;
    private final Clock clock;
    private final Outbox outbox;
    private final ArrayDeque<Sent> recent = new ArrayDeque<>();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "rackd-alert-publisher");
        t.setDaemon(true);
        return t;
    });
    /** The last event it took in (handed over, or found at start). */
    private long taken;
    /**
     * Events found in the saved history at start. One handed over as well (it happened while the history was
     * searched) is not queued twice; the first that is not ends the overlap.
     */
    private final Set<Long> found = new HashSet<>();
    private Item inFlight;
    private long attempt;
    private boolean dirty;
    /** Sending waits for the connect routine (replay first) after anything went wrong. */
    private boolean awaitingConnect = true;
    private int connectedTicks;

    public AlertPublisher(Messaging mqtt, AlertEngine engine, StateStore store, int capacity, Clock clock) {
        this.mqtt = mqtt;
        this.engine = engine;
        this.store = store;
        this.writer = new StateWriter(store);
        this.clock = clock;
        this.outbox = new Outbox(capacity);
    }

    /** Loads what an earlier run could not deliver, then follows the connection. */
    public void start() {
        exec(this::load);
        mqtt.onConnect(() -> exec(this::connected));
        mqtt.subscribe(mqtt.prefix() + "alerts/+", this::retainedSeen);
        thread.scheduleWithFixedDelay(this::tick, 250, 250, TimeUnit.MILLISECONDS);
        if (mqtt.connected()) {
            exec(this::connected);
        }
    }

    /** Saves, and starts sending again if the link is up but no connect routine ran (a lost callback). */
    private void tick() {
        save();
        connectedTicks = awaitingConnect && mqtt.connected() ? connectedTicks + 1 : 0;
        if (connectedTicks >= 4) {
            LOG.debug("link up without a connect callback; replaying");
            connected();
        }
    }

    @Override
    public void changed(AlertEvent e) {
        Item event = event(e);
        Item state = retained(e.alert());
        exec(() -> {
            if (!found.remove(e.seq())) {
                found.clear();
                outbox.add(event);
                dirty = true;
            }
            taken = e.seq();
            if (mqtt.connected()) { // otherwise the fresh states after the connect cover it
                outbox.add(state);
            }
            pump();
        });
    }

    @Override
    public void close() {
        if (thread.isShutdown()) {
            return;
        }
        try {
            thread.submit(this::save).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.error("alert outbox not saved at stop: {}", e.toString());
        }
        thread.shutdownNow();
        writer.close();
    }

    private Item event(AlertEvent e) {
        return new Item(e.seq(), e.alert().severity(), mqtt.prefix() + "events", AlertJson.bytes(AlertJson.event(e)),
                false);
    }

    private Item retained(Alert a) {
        byte[] payload = a.state() == AlertStatus.CLOSED ? new byte[0] : AlertJson.alert(a);
        return new Item(0, a.severity(), mqtt.prefix() + "alerts/" + a.id(), payload, true);
    }

    private void connected() {
        attempt++; // whatever was in flight on the old connection is sent again
        inFlight = null;
        awaitingConnect = false;
        connectedTicks = 0;
        outbox.dropRetained();
        Instant since = clock.instant().minus(REPLAY);
        List<Item> replay = new ArrayList<>();
        recent.forEach(s -> {
            if (!s.at().isBefore(since)) {
                replay.add(s.item());
            }
        });
        recent.clear();
        outbox.replay(replay);
        engine.withOpen(open -> exec(() -> {
            open.forEach(a -> outbox.add(retained(a)));
            pump();
        }));
        pump();
    }

    /** A retained alert on the broker: removes it if the alert is no longer open (left from a past run). */
    private void retainedSeen(InboundMessage m) {
        if (m.payload().length == 0) {
            return;
        }
        String id = m.topic().substring(m.topic().lastIndexOf('/') + 1);
        engine.withOpen(open -> {
            if (open.stream().noneMatch(a -> a.id().equals(id))) {
                Item removal = new Item(0, Severity.INFO, m.topic(), new byte[0], true);
                exec(() -> {
                    outbox.add(removal);
                    pump();
                });
            }
        });
    }

    private void pump() {
        if (inFlight != null || outbox.isEmpty() || awaitingConnect) {
            return;
        }
        if (!mqtt.connected()) {
            awaitingConnect = true;
            return;
        }
        Item item = outbox.head();
        inFlight = item;
        long mine = ++attempt;
        CompletableFuture<Void> sent;
        try {
            sent = mqtt.publishAcknowledged(item.topic(), item.payload(), QOS, item.retained());
        } catch (RuntimeException e) {
            sent = CompletableFuture.failedFuture(e);
        }
        sent.orTimeout(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((ok, err) -> exec(() -> acknowledged(mine, item, err)));
    }

    private void acknowledged(long mine, Item item, Throwable err) {
        if (mine != attempt) {
            return; // a reconnect superseded it
        }
        inFlight = null;
        if (err != null) {
            LOG.debug("alert message to {} not acknowledged ({}); waiting for the link", item.topic(), err.toString());
            awaitingConnect = true;
            return;
        }
        if (outbox.head() == item) {
            outbox.removeHead();
        }
        if (!item.retained()) {
            dirty = true;
            recent.addLast(new Sent(item, clock.instant()));
            Instant since = clock.instant().minus(REPLAY);
            while (recent.size() > 1000 || recent.peekFirst().at().isBefore(since)) {
                recent.removeFirst();
            }
        }
        pump();
    }

    private void load() {
        long seen = -1; // unknown: nothing to take from the history
        try {
            var saved = store.read(OUTBOX);
            if (saved.isPresent()) {
                JsonNode n = Json.MAPPER.readTree(saved.get());
                List<Saved> items;
                if (n.isArray()) { // written before the outbox kept what it had taken
                    items = Json.MAPPER.convertValue(n, new TypeReference<List<Saved>>() {});
                } else {
                    SavedOutbox o = Json.MAPPER.treeToValue(n, SavedOutbox.class);
                    items = o.events() == null ? List.of() : o.events();
                    seen = o.taken();
                }
                items.forEach(s -> outbox.add(new Item(s.seq(), s.severity(), s.topic(),
                        s.json().getBytes(StandardCharsets.UTF_8), false)));
                taken = Math.max(seen, items.isEmpty() ? 0 : items.getLast().seq());
                LOG.info("{} alert events from before the restart wait for the broker", items.size());
            }
        } catch (IOException | RuntimeException e) {
            LOG.error("undelivered alert events could not be read ({}); they are lost", e.getMessage());
        }
        if (seen >= 0) {
            takeUnseen(seen);
        }
    }

    /** Queues the events the engine saved after {@code seen}: a kill came before they reached the outbox. */
    private void takeUnseen(long seen) {
        try {
            List<AlertEvent> unseen = engine.historyAfter(seen, outbox.capacity(), null).get(10, TimeUnit.SECONDS);
            for (AlertEvent e : unseen) {
                outbox.add(event(e));
                found.add(e.seq());
                taken = e.seq();
            }
            if (!unseen.isEmpty()) {
                dirty = true;
                LOG.info("{} alert events saved just before the restart, never sent, wait for the broker",
                        unseen.size());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.error("the alert history could not be searched for unsent events ({}); any are lost", e.toString());
        }
    }

    private void save() {
        long lost = outbox.takeDropped();
        if (lost > 0) {
            LOG.error("alert outbox full: {} undelivered events dropped (info first)", lost);
        }
        if (!dirty) {
            return;
        }
        dirty = false;
        List<Saved> items = outbox.events().stream().map(i -> new Saved(i.seq(), i.severity(), i.topic(),
                new String(i.payload(), StandardCharsets.UTF_8))).toList();
        writer.submit(OUTBOX, AlertJson.bytes(new SavedOutbox(taken, items)));
    }

    private void exec(Runnable r) {
        try {
            thread.execute(() -> {
                try {
                    r.run();
                } catch (RuntimeException e) {
                    LOG.error("alert publisher task failed", e);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.debug("alert publisher stopped");
        }
    }
}
