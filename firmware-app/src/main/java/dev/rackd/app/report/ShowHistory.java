package dev.rackd.app.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the history holds for a time window, read back from disk.
 *
 * @param layout   the rack's layout JSON of the newest segment in the window (labels, breakers, limits)
 * @param series   {@code device/metric} to its points, oldest first
 * @param units    {@code device/metric} to its unit symbol
 * @param events   everything that happened, oldest first
 * @param problems damaged segments, in words (the report shows them)
 * @param first    the earliest sample or event in the whole folder, whatever the window
 * @param last     the latest
 */
record ShowHistory(Instant from, Instant to, Optional<String> layout, Map<String, List<Point>> series,
        Map<String, String> units, List<Event> events, List<String> problems, Optional<Instant> first,
        Optional<Instant> last) {

    record Point(Instant time, double value) {}

    record Event(Instant time, String kind, String json) {}

    boolean isEmpty() {
        return series.isEmpty() && events.isEmpty();
    }
}
