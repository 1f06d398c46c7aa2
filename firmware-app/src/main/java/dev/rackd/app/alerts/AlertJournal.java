package dev.rackd.app.alerts;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import dev.rackd.app.command.Json;
import dev.rackd.app.state.StateStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Alert history, counts, open alerts and the event sequence in the state directory. Open alerts, counts and
 * history are one file, written whole, so that what is open and what happened never disagree after a power cut;
 * they are saved a moment after they change (a power cut loses at most that moment), or at once with
 * {@link #saveNow} (the engine's clears). Sequence numbers are reserved ahead in blocks, durably, so that none is
 * ever handed out twice.
 */
final class AlertJournal {
    private static final Logger LOG = LoggerFactory.getLogger(AlertJournal.class);
    static final String STATE = "alerts-state";
    /** The history's own file before it moved into {@link #STATE}: read once, then deleted. */
    static final String HISTORY = "alerts-history";
    static final String SEQ = "alerts-seq";
    static final int SEQ_BLOCK = 1000;
    /** How long {@link #saveNow} waits for the card before going on without it. */
    static final Duration SAVE_LIMIT = Duration.ofSeconds(5);

    /** @param history oldest first; null in a file written before it moved here */
    record Saved(List<Alert> open, Map<String, Long> counts, List<AlertEvent> history) {}

    private record SeqBlock(long reservedUpTo) {}

    private final StateStore store;
    private final StateWriter writer;
    private final int historyLimit;
    private final ArrayDeque<AlertEvent> history = new ArrayDeque<>();
    private long nextSeq = 1;
    private long reservedUpTo;
    private boolean dirty;
    /** The history came from its old file, which goes once the state holds it. */
    private boolean oldHistoryFile;

    AlertJournal(StateStore store, int historyLimit) {
        this.store = store;
        this.writer = new StateWriter(store);
        this.historyLimit = historyLimit;
    }

    /** Reads what the last run left; damaged files are set aside by the store and start empty. */
    Saved load() {
        read(SEQ, SeqBlock.class).ifPresent(b -> {
            reservedUpTo = b.reservedUpTo();
            nextSeq = reservedUpTo + 1; // the rest of the last block may have been used before a power cut
        });
        Optional<Saved> saved = read(STATE, Saved.class);
        List<AlertEvent> h = saved.map(Saved::history).orElse(null);
        if (h == null) {
            Optional<List<AlertEvent>> old = read(HISTORY, new TypeReference<List<AlertEvent>>() {});
            oldHistoryFile = old.isPresent();
            h = old.orElse(List.of());
        }
        h.stream().skip(Math.max(0, h.size() - historyLimit)).forEach(history::addLast);
        history.stream().mapToLong(AlertEvent::seq).max().ifPresent(s -> nextSeq = Math.max(nextSeq, s + 1));
        return saved.map(s -> new Saved(s.open() == null ? List.of() : s.open(),
                        s.counts() == null ? Map.of() : s.counts(), List.copyOf(history)))
                .orElse(new Saved(List.of(), Map.of(), List.copyOf(history)));
    }

    /** The next event sequence number; reserves a new block on the card when one runs out. */
    long nextSeq() {
        if (nextSeq > reservedUpTo) {
            long upTo = nextSeq + SEQ_BLOCK - 1;
            try {
                writer.writeNow(SEQ, Json.MAPPER.writeValueAsBytes(new SeqBlock(upTo)));
            } catch (IOException e) {
                // Carry on: the numbers still rise within this run, only a restart could reuse them.
                LOG.error("could not reserve alert sequence numbers: {}", e.getMessage());
            }
            reservedUpTo = upTo;
        }
        return nextSeq++;
    }

    void record(AlertEvent e) {
        history.addLast(e);
        while (history.size() > historyLimit) {
            history.removeFirst();
        }
        dirty = true;
    }

    /** Newest last; {@code sinceSeq} exclusive; {@code device} null for all. */
    List<AlertEvent> history(int limit, long sinceSeq, String device) {
        List<AlertEvent> out = new ArrayList<>();
        var it = history.descendingIterator();
        while (it.hasNext() && out.size() < limit) {
            AlertEvent e = it.next();
            if (e.seq() <= sinceSeq) {
                break;
            }
            if (device == null || device.equals(e.alert().device())) {
                out.add(e);
            }
        }
        return out.reversed();
    }

    /**
     * The first {@code limit} events after {@code sinceSeq} (exclusive), oldest first: paging on from the last
     * one returned misses nothing.
     */
    List<AlertEvent> after(long sinceSeq, int limit, String device) {
        List<AlertEvent> out = new ArrayList<>();
        for (AlertEvent e : history) {
            if (out.size() == limit) {
                break;
            }
            if (e.seq() > sinceSeq && (device == null || device.equals(e.alert().device()))) {
                out.add(e);
            }
        }
        return out;
    }

    /** The devices the kept history has events of. */
    Set<String> devices() {
        Set<String> out = new HashSet<>();
        history.forEach(e -> out.add(e.alert().device()));
        return out;
    }

    /** Hands the current state to the disk thread if it changed since the last save. */
    void save(List<Alert> open, Map<String, Long> counts) {
        if (dirty) {
            dirty = false;
            writer.submit(STATE, bytes(open, counts));
            forgetOldHistoryFile();
        }
    }

    /** Writes the current state and waits until it is on the card (at most {@link #SAVE_LIMIT}). */
    void saveNow(List<Alert> open, Map<String, Long> counts) {
        dirty = false;
        writer.writeThrough(STATE, bytes(open, counts), SAVE_LIMIT);
        forgetOldHistoryFile();
    }

    private byte[] bytes(List<Alert> open, Map<String, Long> counts) {
        try {
            return Json.MAPPER.writeValueAsBytes(new Saved(open, counts, List.copyOf(history)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void forgetOldHistoryFile() {
        if (oldHistoryFile) {
            oldHistoryFile = false;
            writer.delete(HISTORY); // after the state that now holds it
        }
    }

    void close() {
        writer.close();
    }

    private <T> Optional<T> read(String name, Class<T> type) {
        return read(name, Json.MAPPER.getTypeFactory().constructType(type));
    }

    private <T> Optional<T> read(String name, TypeReference<T> type) {
        return read(name, Json.MAPPER.getTypeFactory().constructType(type));
    }

    private <T> Optional<T> read(String name, JavaType type) {
        try {
            Optional<byte[]> bytes = store.read(name);
            return bytes.isEmpty() ? Optional.empty() : Optional.of(Json.MAPPER.readValue(bytes.get(), type));
        } catch (IOException | RuntimeException e) {
            LOG.error("alert state '{}' could not be read ({}); starting without it", name, e.getMessage());
            return Optional.empty();
        }
    }
}
