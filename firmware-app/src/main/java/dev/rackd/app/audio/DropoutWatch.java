package dev.rackd.app.audio;

import dev.rackd.app.alerts.Alerts;
import dev.rackd.app.alerts.Severity;
import dev.rackd.config.AudioSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Locale;

/**
 * Tells the crew when the audio path clicks. A dropout (input lost, or playback run dry) is heard every time, and they
 * come in runs when the Pi is loaded or the cushion is too thin for it: {@value #RAISE_AT} or more within a minute
 * raise a warning that says what to do, and a whole minute without one clears it. A single dropout does not page
 * anyone; the counters still show it. Opening a device may cost one of each, which is the loss's story, not the
 * cushion's: the minute starts again at every open.
 */
final class DropoutWatch {
    static final String RULE = "audio_dropouts";
    static final String METRIC = "dropouts";
    static final int RAISE_AT = 3;
    static final Duration WINDOW = Duration.ofMinutes(1);

    private record Count(Instant at, long underruns, long overruns) {}

    private final Alerts alerts;
    private final int cushionBlocks;
    private final double blockMs;
    /** The counts taken within the last minute. */
    private final ArrayDeque<Count> counts = new ArrayDeque<>();
    /** The last count from before that minute, which it is measured from; null in the first minute. */
    private Count baseline;
    private boolean raised;

    DropoutWatch(Alerts alerts, EngineConfig config) {
        this.alerts = alerts;
        cushionBlocks = config.prefillBlocks();
        blockMs = 1000.0 * config.blockFrames() / config.sampleRateHz();
    }

    /** The device was opened (again): what came before, and with the opening, is not counted. */
    void reopened() {
        counts.clear();
        baseline = null;
    }

    /** The engine's totals since start, taken at {@code now} while the device is open. */
    void observe(Instant now, long underruns, long overruns) {
        counts.addLast(new Count(now, underruns, overruns));
        Instant from = now.minus(WINDOW);
        while (!counts.getFirst().at().isAfter(from)) { // never empties: the count just taken is within the minute
            baseline = counts.removeFirst();
        }
        Count first = baseline != null ? baseline : counts.getFirst();
        long dry = underruns - first.underruns();
        long lost = overruns - first.overruns();
        if (dry + lost >= RAISE_AT) {
            raised = true;
            alerts.raise(RULE, AudioSettings.DEVICE_ID, METRIC, Severity.WARNING, dry + lost, RAISE_AT,
                    String.format(Locale.ROOT, "Audio is clicking: %d dropouts in the last minute (%d playback ran dry,"
                            + " %d input lost). Raise audio.cushion_blocks (now %d; %.1f ms more latency each) or"
                            + " find what loads the Pi", dry + lost, dry, lost, cushionBlocks, blockMs));
        } else if (raised && dry + lost == 0 && baseline != null) {
            raised = false;
            alerts.clear(RULE, AudioSettings.DEVICE_ID, METRIC);
        }
    }
}
