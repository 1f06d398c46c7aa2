package dev.rackd.app.report;

import dev.rackd.app.fixtures.MutableClock;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** A short show history as rackd records it, for tests outside this package (the CLI's). */
public final class TestHistory {
    private TestHistory() {}

    /** One intake temperature a minute for {@code minutes} from {@code start}, under {@code stateDir}'s history. */
    public static Path record(Path stateDir, Instant start, int minutes) throws IOException {
        Path dir = stateDir.resolve(ShowRecorder.FOLDER);
        MutableClock clock = new MutableClock(start);
        try (HistoryLog log = new HistoryLog(dir, 1 << 20, 32 << 20, clock, "{}")) {
            for (int i = 0; i < minutes; i++) {
                log.samples(clock.instant(), Map.of("rack-intake/temperature", new HistoryLog.Sample("°C", 20 + i)));
                clock.advance(Duration.ofMinutes(1));
            }
        }
        return dir;
    }
}
