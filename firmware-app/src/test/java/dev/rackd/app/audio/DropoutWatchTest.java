package dev.rackd.app.audio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rackd.app.alerts.Alerts;
import dev.rackd.app.alerts.Severity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DropoutWatchTest {
    private final List<String> alerts = new ArrayList<>();
    private final DropoutWatch watch = new DropoutWatch(new Alerts() {
        @Override
        public void raise(String rule, String deviceId, String metric, Severity severity, double value,
                double threshold, String message) {
            alerts.add("raise " + rule + " " + deviceId + " " + metric + " " + severity + ": " + message);
        }

        @Override
        public void clear(String rule, String deviceId, String metric) {
            alerts.add("clear " + rule + " " + deviceId + " " + metric);
        }

        @Override
        public void acknowledge(String rule, String deviceId, String metric, String user) {
            alerts.add("ack " + rule + " " + deviceId + " " + metric);
        }
    }, EngineConfig.of(48_000, 64, 2, 3));
    private final Instant start = Instant.parse("2026-11-21T20:00:00Z");
    private long underruns;
    private long overruns;

    /** One second of the meter period: the totals as the engine reports them. */
    private void second(int s) {
        watch.observe(start.plusSeconds(s), underruns, overruns);
    }

    @Test
    void oneDropoutAtOpeningPagesNobody() {
        for (int s = 0; s < 120; s++) {
            if (s == 1) {
                underruns++;
            }
            second(s);
        }
        assertThat(alerts).isEmpty();
    }

    @Test
    void threeWithinAMinuteRaiseAWarningThatSaysWhatToDo() {
        for (int s = 0; s <= 40; s++) {
            if (s == 5 || s == 30) {
                underruns++;
            }
            if (s == 40) {
                overruns++;
            }
            second(s);
        }
        assertThat(alerts).containsExactly("raise audio_dropouts audio dropouts WARNING: Audio is clicking: 3 dropouts"
                + " in the last minute (2 playback ran dry, 1 input lost). Raise audio.cushion_blocks (now 3; 1.3 ms"
                + " more latency each) or find what loads the Pi");
    }

    @Test
    void theDropoutsOfReopeningADeviceAreNotTheCushionsFault() {
        for (int s = 0; s < 50; s++) {
            if (s == 10 || s == 30) { // the card was pulled and is back: opening it cost one of each
                watch.reopened();
                underruns++;
                overruns++;
            }
            second(s);
        }
        assertThat(alerts).isEmpty();
        underruns += 3; // and then it really clicks
        second(50);
        assertThat(alerts).singleElement().asString().startsWith("raise audio_dropouts").contains("3 dropouts");
    }

    @Test
    void dropoutsSpreadThinnerThanThreeAMinuteRaiseNothing() {
        for (int s = 0; s < 300; s++) {
            if (s % 31 == 0) { // two in any minute, never three
                underruns++;
            }
            second(s);
        }
        assertThat(alerts).isEmpty();
    }

    @Test
    void aWholeMinuteWithoutOneClearsItAndNotBefore() {
        for (int s = 0; s <= 4; s++) { // the first second is where the count starts from
            underruns++;
            second(s);
        }
        assertThat(alerts).hasSize(2).allMatch(a -> a.startsWith("raise"));
        for (int s = 5; s <= 63; s++) {
            second(s);
        }
        assertThat(alerts).as("the last one was 60 s ago only now").noneMatch(a -> a.startsWith("clear"));
        second(64);
        assertThat(alerts.getLast()).isEqualTo("clear audio_dropouts audio dropouts");
        for (int s = 65; s < 200; s++) {
            second(s);
        }
        assertThat(alerts.stream().filter(a -> a.startsWith("clear"))).hasSize(1);
    }
}
