package dev.rackd.app.power;

import dev.rackd.app.state.StateStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which amp relays are on and where the sequence stood, in the state store ({@code power-relays}), written before
 * each relay is switched: a restart (watchdog, upgrade, kill) then puts every relay back as it was instead of
 * cutting the amps, and tells a power-on it cut short. The machine's boot id says whether the GPIO lines could have
 * held their level since (same boot) or went to their reset state (the Pi rebooted or lost power).
 */
final class RelayMemory {
    static final String STATE = "power-relays";
    private static final Logger LOG = LoggerFactory.getLogger(RelayMemory.class);
    private static final Path BOOT_ID = Path.of("/proc/sys/kernel/random/boot_id");

    /** What was saved: the last status and the relays on, in the boot it was written in. */
    record Saved(String boot, SequenceStatus status, Set<String> on) {}

    private final StateStore store;
    private final String boot;

    RelayMemory(StateStore store, String boot) {
        this.store = store;
        this.boot = boot;
    }

    RelayMemory(StateStore store) {
        this(store, thisBoot());
    }

    String boot() {
        return boot;
    }

    /** The kernel's id of this boot; an empty string where there is none (it then counts as the same boot). */
    static String thisBoot() {
        try {
            return Files.readString(BOOT_ID, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            return "";
        }
    }

    Optional<Saved> read() {
        try {
            return store.read(STATE).map(b -> parse(new String(b, StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot read which amp relays were on ({}): they start off", e.getMessage());
            return Optional.empty();
        }
    }

    /** Never throws: a full card must not stop a sequence; the log says what a restart will not know. */
    void save(SequenceStatus status, Set<String> on) {
        String text = "boot=" + boot + "\nstate=" + status.state() + "\naction=" + status.action() + "\nstep="
                + status.step() + "\nsteps=" + status.steps() + "\non=" + String.join(",", new TreeSet<>(on)) + "\n";
        try {
            store.write(STATE, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot save which amp relays are on ({}): a restart now would not know", e.getMessage());
        }
    }

    private static Saved parse(String text) {
        Map<String, String> f = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                f.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        String on = f.getOrDefault("on", "");
        Set<String> relays = on.isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(on.split(",")));
        SequenceStatus status = new SequenceStatus(f.getOrDefault("state", "idle"), f.getOrDefault("action", ""),
                Integer.parseInt(f.getOrDefault("step", "0")), Integer.parseInt(f.getOrDefault("steps", "0")), "");
        return new Saved(f.getOrDefault("boot", ""), status, relays);
    }
}
