package dev.rackd.app.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rackd.app.alerts.AlertEvent.Type;
import dev.rackd.app.command.Json;
import dev.rackd.app.fixtures.FakeRackState;
import dev.rackd.app.fixtures.MutableClock;
import dev.rackd.app.fixtures.RecordingMessaging;
import dev.rackd.app.fixtures.TestShow;
import dev.rackd.app.state.StateStore;
import dev.rackd.config.ShowFile;
import dev.rackd.hal.Reading;
import dev.rackd.hal.Unit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * rackd killed (SIGKILL, a pulled plug) around an alert's clear, then started again on what the card held at that
 * instant: the clear reaches the crew once, never twice and never not at all.
 */
class AlertRestartTest {
    private static final Instant T0 = Instant.parse("2026-11-21T20:00:00Z");
    private static final String HOT = "amp-b.ch3_temperature.high";
    private static final Duration WAIT = Duration.ofSeconds(10);
    @TempDir
    Path tmp;
    private final MutableClock clock = new MutableClock(T0);
    private final ShowFile show = TestShow.rack("foh").amp("amp-b", "Amp B", 4, Duration.ofHours(1)).build();
    private final List<Rack> racks = new ArrayList<>();

    /** One run of rackd's alert side on a state folder, as AlertSystem wires it, with a broker that takes all. */
    private final class Rack implements AutoCloseable {
        final FakeRackState readings = new FakeRackState();
        final RecordingMessaging mqtt = new RecordingMessaging("foh");
        final List<AlertEvent> heard = new CopyOnWriteArrayList<>();
        final StateStore store;
        final AlertEngine engine;
        final AlertPublisher publisher;

        Rack(Path state, AlertListener... more) throws Exception {
            store = new StateStore(state, 4 << 20, clock, p -> {});
            engine = new AlertEngine(show, store, clock);
            publisher = new AlertPublisher(mqtt, engine, store, 5000, clock);
            engine.addListener(publisher);
            engine.addListener(heard::add);
            for (AlertListener l : more) {
                engine.addListener(l);
            }
            publisher.start();
            engine.start(readings);
            racks.add(this);
        }

        void temperature(double celsius, int second) throws Exception {
            clock.set(T0.plusSeconds(second));
            readings.push(Reading.good("amp-b", "ch3_temperature", celsius, Unit.CELSIUS, clock.instant()));
            engine.call(() -> null).get(5, TimeUnit.SECONDS);
        }

        /** The events that went to the broker for the hot channel: "raise 1", "clear 2". */
        List<String> published() {
            List<String> out = new ArrayList<>();
            for (RecordingMessaging.Out o : mqtt.sent()) {
                JsonNode n = json(o.payload());
                if (o.topic().equals("rackd/foh/events") && n.path("id").asText().equals(HOT)) {
                    out.add(n.path("type").asText() + " " + n.path("seq").asLong());
                }
            }
            return out;
        }

        /** Waits until the publisher's saved outbox says it has taken the event {@code seq}. */
        void awaitOutboxTook(long seq) throws Exception {
            await(() -> store.read(AlertPublisher.OUTBOX).map(b -> json(b).path("taken").asLong() >= seq)
                    .orElse(false));
        }

        @Override
        public void close() {
            engine.close();
            publisher.close();
        }
    }

    @AfterEach
    void stop() {
        racks.forEach(Rack::close);
    }

    /** A channel at 65 °C for the rule's 10 s: a warning; the crew's phones have it. */
    private long warm(Rack rack) throws Exception {
        for (int s = 0; s <= 10; s++) {
            rack.temperature(65, s);
        }
        assertThat(rack.heard).extracting(AlertEvent::type).containsExactly(Type.RAISE);
        long raised = rack.heard.getFirst().seq();
        rack.awaitOutboxTook(raised);
        return raised;
    }

    @Test
    void killedTheMomentItsClearWasHeardAClearedAlertIsNeitherClearedAgainNorLeftUnsent() throws Exception {
        Path card = tmp.resolve("card");
        Rack first = new Rack(tmp.resolve("state"), e -> {
            if (e.type() == Type.CLEAR) {
                copy(tmp.resolve("state"), card); // what the card holds as the log line is written: kill now
            }
        });
        long raised = warm(first);
        first.temperature(50, 20);
        long cleared = first.heard.getLast().seq();
        assertThat(first.heard.getLast().type()).isEqualTo(Type.CLEAR);

        Rack again = new Rack(card);
        assertThat(again.engine.open().get()).extracting(Alert::id, Alert::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(HOT, AlertStatus.CLEARED));
        again.temperature(50, 200); // the channel stays cool...
        clock.set(T0.plusSeconds(200).plus(AlertBook.RESTORE_GRACE)); // ...and the grace for restored alerts passes
        again.engine.sweepNow().get();
        again.temperature(50, 400);

        assertThat(again.heard).as("nothing cleared again, nothing for the log").isEmpty();
        await(() -> !again.published().isEmpty());
        assertThat(again.published()).as("the clear the kill kept from the broker, sent once, as it was")
                .containsExactly("clear " + cleared);
        assertThat(again.engine.history(10, 0, null).get()).extracting(e -> e.type() + " " + e.seq())
                .containsExactly("RAISE " + raised, "CLEAR " + cleared);
    }

    @Test
    void killedOnceTheClearWasSentNothingOfItIsSentAgain() throws Exception {
        Rack first = new Rack(tmp.resolve("state"));
        warm(first);
        first.temperature(50, 20);
        long cleared = first.heard.getLast().seq();
        first.awaitOutboxTook(cleared);
        Path card = copy(tmp.resolve("state"), tmp.resolve("card"));

        Rack again = new Rack(card);
        again.temperature(50, 200);
        clock.set(T0.plusSeconds(200).plus(AlertBook.RESTORE_GRACE));
        again.engine.sweepNow().get();
        again.temperature(50, 400);
        Thread.sleep(500); // what the publisher would send, it sends at once

        assertThat(again.heard).isEmpty();
        assertThat(again.published()).isEmpty();
        assertThat(again.engine.open().get()).extracting(Alert::state).containsExactly(AlertStatus.CLEARED);
    }

    @Test
    void stateFromBeforeTheHistoryMovedIntoItIsReadAndTheOldFileGoes() throws Exception {
        Path state = tmp.resolve("state");
        Rack first = new Rack(state);
        long raised = warm(first);
        first.close();
        racks.remove(first);
        // the layout of earlier versions: history in a file of its own, the outbox a bare list
        StateStore store = new StateStore(state, 4 << 20, clock, p -> {});
        JsonNode saved = json(store.read(AlertJournal.STATE).orElseThrow());
        store.write(AlertJournal.HISTORY, Json.MAPPER.writeValueAsBytes(saved.get("history")));
        ((com.fasterxml.jackson.databind.node.ObjectNode) saved).remove("history");
        store.write(AlertJournal.STATE, Json.MAPPER.writeValueAsBytes(saved));
        store.write(AlertPublisher.OUTBOX, "[]".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        Rack again = new Rack(state);
        assertThat(again.engine.history(10, 0, null).get()).extracting(AlertEvent::seq).containsExactly(raised);
        again.temperature(50, 20);
        assertThat(again.heard).extracting(AlertEvent::type).containsExactly(Type.CLEAR);
        await(() -> store.read(AlertJournal.HISTORY).isEmpty() && !again.published().isEmpty());
        assertThat(again.published()).containsExactly("clear " + again.heard.getFirst().seq());
    }

    private static Path copy(Path from, Path to) {
        try (Stream<Path> files = Files.list(from)) {
            Files.createDirectories(to);
            for (Path f : files.filter(Predicate.not(p -> p.getFileName().toString().endsWith(".tmp"))).toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void await(Check c) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!c.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + WAIT);
            }
            Thread.sleep(20);
        }
    }

    private static JsonNode json(byte[] b) {
        try {
            return Json.MAPPER.readTree(b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
