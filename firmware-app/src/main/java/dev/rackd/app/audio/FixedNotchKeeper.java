package dev.rackd.app.audio;

import dev.rackd.app.alerts.Alerts;
import dev.rackd.app.alerts.Severity;
import dev.rackd.config.AudioSettings;
import dev.rackd.dsp.FixedNotch;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Saves the fixed notches once they have settled: ring-out places and deepens them in quick steps, and an SD card
 * should see one write per change of the set, not one per step. Telemetry thread only.
 */
final class FixedNotchKeeper {
    static final String SAVE_RULE = "audio_notch_save";
    private static final Duration SETTLE = Duration.ofSeconds(1);
    private static final Duration RETRY = Duration.ofSeconds(10);

    private final ChainBank bank;
    private final FixedNotchStore store;
    private final Alerts alerts;
    private List<List<FixedNotch>> saved;
    private Instant dueAt;

    /** @param saved what the state directory holds now (as loaded at boot) */
    FixedNotchKeeper(ChainBank bank, FixedNotchStore store, Alerts alerts, List<List<FixedNotch>> saved) {
        this.bank = bank;
        this.store = store;
        this.alerts = alerts;
        this.saved = fit(saved, bank.channels());
    }

    /** The fixed set may have changed (a fixed notch event, a clear command). */
    void changed(Instant now) {
        dueAt = now.plus(SETTLE);
    }

    /** Saves if the set changed and has been still for a second (or a failed save is due again). */
    void maybeSave(Instant now) {
        if (dueAt != null && !now.isBefore(dueAt)) {
            save(now);
        }
    }

    /** Saves now if anything changed (at shutdown). */
    void flush(Instant now) {
        if (dueAt != null) {
            save(now);
        }
    }

    private void save(Instant now) {
        List<List<FixedNotch>> fixed = bank.fixedNotches();
        dueAt = null;
        if (fixed.equals(saved)) {
            return;
        }
        try {
            store.save(fixed);
            saved = fixed;
            alerts.clear(SAVE_RULE, AudioSettings.DEVICE_ID, "fixed_notches");
        } catch (IOException | RuntimeException e) {
            dueAt = now.plus(RETRY);
            alerts.raise(SAVE_RULE, AudioSettings.DEVICE_ID, "fixed_notches", Severity.WARNING, count(fixed), 0,
                    "Ring-out notches could not be saved (" + e.getMessage() + "); they hold until rackd restarts;"
                            + " retrying");
        }
    }

    private static int count(List<List<FixedNotch>> all) {
        return all.stream().mapToInt(List::size).sum();
    }

    static List<List<FixedNotch>> fit(List<List<FixedNotch>> perChannel, int channels) {
        List<List<FixedNotch>> out = new ArrayList<>();
        for (int c = 0; c < channels; c++) {
            out.add(c < perChannel.size() ? List.copyOf(perChannel.get(c)) : List.of());
        }
        return List.copyOf(out);
    }
}
