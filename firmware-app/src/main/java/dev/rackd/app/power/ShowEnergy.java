package dev.rackd.app.power;

import dev.rackd.app.state.StateStore;
import dev.rackd.hal.Reading;
import dev.rackd.hal.Unit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Energy drawn since the show started, per meter, as {@code show_energy} in Wh. The meter's own counter
 * runs for its whole life (and a PZEM's can be zeroed), so the counter value at the start of the show is
 * kept in the state store and survives power cuts; a counter that went backwards was reset, and what
 * had been counted so far is carried over. Saved at most every five minutes to spare the SD card.
 */
final class ShowEnergy {
    static final String STATE = "power-show-energy";
    private static final Logger LOG = LoggerFactory.getLogger(ShowEnergy.class);
    private static final Duration SAVE_EVERY = Duration.ofMinutes(5);

    /** {@code counter - baseline + carried} is the show's energy. */
    private record Mark(double baseline, double carried, double lastCounter) {}

    private final StateStore store;
    private final Consumer<Reading> publish;
    private final Map<String, Mark> marks = new LinkedHashMap<>();
    private Instant savedAt = Instant.EPOCH;
    private boolean dirty;

    ShowEnergy(StateStore store, Consumer<Reading> publish) {
        this.store = store;
        this.publish = publish;
        load();
    }

    void counter(Reading r) {
        double wh = r.value();
        Mark m = marks.get(r.deviceId());
        if (m == null) {
            m = new Mark(wh, 0, wh);
        } else if (wh < m.lastCounter()) {
            // The counter was zeroed: it has counted from 0 since.
            m = new Mark(0, m.carried() + m.lastCounter() - m.baseline(), wh);
        } else {
            m = new Mark(m.baseline(), m.carried(), wh);
        }
        marks.put(r.deviceId(), m);
        dirty = true;
        publish.accept(Reading.good(r.deviceId(), "show_energy", wh - m.baseline() + m.carried(), Unit.WATT_HOUR,
                r.time()));
        if (Duration.between(savedAt, r.time()).compareTo(SAVE_EVERY) >= 0) {
            save(r.time());
        }
    }

    /** A new show: every meter counts from zero again. */
    void newShow(Instant now) {
        marks.replaceAll((id, m) -> new Mark(m.lastCounter(), 0, m.lastCounter()));
        dirty = true;
        save(now);
    }

    void save(Instant now) {
        if (!dirty) {
            return;
        }
        StringBuilder sb = new StringBuilder();
        marks.forEach((id, m) -> sb.append(id).append(' ').append(m.baseline()).append(' ').append(m.carried())
                .append(' ').append(m.lastCounter()).append('\n'));
        try {
            store.write(STATE, sb.toString().getBytes(StandardCharsets.UTF_8));
            savedAt = now;
            dirty = false;
        } catch (IOException e) {
            LOG.warn("could not save the show's energy marks: {}", e.getMessage());
        }
    }

    private void load() {
        try {
            store.read(STATE).ifPresent(bytes -> {
                for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
                    String[] f = line.split(" ");
                    if (f.length == 4) {
                        try {
                            marks.put(f[0], new Mark(Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                                    Double.parseDouble(f[3])));
                        } catch (NumberFormatException e) {
                            LOG.warn("ignoring a damaged energy mark: {}", line);
                        }
                    }
                }
            });
        } catch (IOException e) {
            LOG.warn("could not read the show's energy marks, starting from zero: {}", e.getMessage());
        }
    }
}
