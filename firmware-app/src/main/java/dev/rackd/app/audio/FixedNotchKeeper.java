package dev.rackd.app.audio;

import dev.rackd.app.alerts.Alerts;
import dev.rackd.app.alerts.Severity;
import dev.rackd.config.AudioSettings;
import dev.rackd.dsp.FixedNotch;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Saves the fixed notches once they have settled: ring-out places and deepens them in quick steps, and an SD card
 * should see one write per change of the set, not one per step. A set saved, or cleared on purpose, ends the
 * warning that the notches of the last run could not be restored. Telemetry thread only, but for
 * {@link #clearedOnPurpose}.
 */
final class FixedNotchKeeper {
    static final String SAVE_RULE = "audio_notch_save";
    private static final Duration SETTLE = Duration.ofSeconds(1);
    private static final Duration RETRY = Duration.ofSeconds(10);

    private final ChainBank bank;
    private final FixedNotchStore store;
    private final Alerts alerts;
    private final AtomicBoolean clearAsked = new AtomicBoolean();
    private List<List<FixedNotch>> saved;
    private boolean restoreWarned;
    private boolean force;
    private Instant dueAt;

    /**
     * @param placed        what the restore put in the bank at boot, one list per channel
     * @param restoreWarned whether {@link AudioModule#RESTORE_RULE} was raised at boot
     */
    FixedNotchKeeper(ChainBank bank, FixedNotchStore store, Alerts alerts, List<List<FixedNotch>> placed,
            boolean restoreWarned) {
        this.bank = bank;
        this.store = store;
        this.alerts = alerts;
        this.saved = List.copyOf(placed);
        this.restoreWarned = restoreWarned;
    }

    /** The fixed set may have changed (a fixed notch event). */
    void changed(Instant now) {
        dueAt = now.plus(SETTLE);
    }

    /**
     * {@code clear_fixed_filters} was taken; any thread. The set is saved even if it looks unchanged: what the state
     * directory holds may be a set the restore could not use, which would otherwise come back at the next boot.
     */
    void clearedOnPurpose() {
        clearAsked.set(true);
    }

    /** Saves if the set changed and has been still for a second (or a failed save is due again). */
    void maybeSave(Instant now) {
        takeClear(now);
        if (dueAt != null && !now.isBefore(dueAt)) {
            save(now);
        }
    }

    /** Saves now if anything changed (at shutdown). */
    void flush(Instant now) {
        takeClear(now);
        if (dueAt != null) {
            save(now);
        }
    }

    private void takeClear(Instant now) {
        if (clearAsked.getAndSet(false)) {
            force = true;
            dueAt = now.plus(SETTLE); // the audio thread takes the clear at its next block
            restoreSettled();
        }
    }

    private void save(Instant now) {
        List<List<FixedNotch>> fixed = bank.fixedNotches();
        dueAt = null;
        if (!force && fixed.equals(saved)) {
            return;
        }
        try {
            store.save(fixed);
            saved = fixed;
            force = false;
            alerts.clear(SAVE_RULE, AudioSettings.DEVICE_ID, "fixed_notches");
            restoreSettled();
        } catch (IOException | RuntimeException e) {
            dueAt = now.plus(RETRY);
            alerts.raise(SAVE_RULE, AudioSettings.DEVICE_ID, "fixed_notches", Severity.WARNING, count(fixed), 0,
                    "Ring-out notches could not be saved (" + e.getMessage() + "); they hold until rackd restarts;"
                            + " retrying");
        }
    }

    /** The set the crew has now replaces the one that could not be restored. */
    private void restoreSettled() {
        if (restoreWarned) {
            restoreWarned = false;
            alerts.clear(AudioModule.RESTORE_RULE, AudioSettings.DEVICE_ID, "fixed_notches");
        }
    }

    private static int count(List<List<FixedNotch>> all) {
        return all.stream().mapToInt(List::size).sum();
    }
}
