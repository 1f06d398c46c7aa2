package dev.rackd.app.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the history folder for a window. Each segment is read up to its first bad record (a torn tail
 * after a power cut, or damage): what came before it is kept, the rest of that segment is reported and
 * skipped. Never throws for bad bytes.
 */
final class HistoryReader {
    /** Segments larger than this are not read whole (the writer never makes one). */
    static final long MAX_SEGMENT_BYTES = 64L << 20;

    private HistoryReader() {}

    /** The first and last times the folder holds; empty when it holds nothing readable. */
    /** No readings, only what the history covers and what of it is damaged. */
    static ShowHistory survey(Path dir) throws IOException {
        return read(dir, Instant.MAX, Instant.MIN);
    }

    static ShowHistory read(Path dir, Instant from, Instant to) throws IOException {
        Map<String, List<ShowHistory.Point>> series = new LinkedHashMap<>();
        Map<String, String> units = new HashMap<>();
        List<ShowHistory.Event> events = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String layout = null;
        Instant[] span = new Instant[2];
        for (Path file : HistoryLog.segments(dir)) {
            String name = file.getFileName().toString();
            long size = Files.size(file);
            if (size > MAX_SEGMENT_BYTES) {
                problems.add(name + ": " + size + " bytes, too large to be a history segment; skipped");
                continue;
            }
            ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(file));
            if (!header(in)) {
                problems.add(name + ": not a rackd history segment; skipped");
                continue;
            }
            Map<Integer, String> names = new HashMap<>();
            int records = 0;
            try {
                for (HistoryRecord r = RecordCodec.decode(in); r != null; r = RecordCodec.decode(in)) {
                    records++;
                    widen(span, r);
                    switch (r) {
                        case HistoryRecord.Meta m -> {
                            if (!m.time().isAfter(to)) {
                                layout = m.json();
                            }
                        }
                        case HistoryRecord.Series s -> {
                            names.put(s.id(), s.key());
                            units.put(s.key(), s.unit());
                        }
                        case HistoryRecord.Samples s -> {
                            if (inside(s.time(), from, to)) {
                                for (int i = 0; i < s.ids().length; i++) {
                                    String key = names.get(s.ids()[i]);
                                    if (key != null && Float.isFinite(s.values()[i])) {
                                        series.computeIfAbsent(key, k -> new ArrayList<>())
                                                .add(new ShowHistory.Point(s.time(), s.values()[i]));
                                    }
                                }
                            }
                        }
                        case HistoryRecord.Event e -> {
                            if (inside(e.time(), from, to)) {
                                events.add(new ShowHistory.Event(e.time(), e.kind(), e.json()));
                            }
                        }
                    }
                }
            } catch (IllegalStateException e) {
                problems.add(name + ": " + e.getMessage() + " after " + records + " good records; the rest of this"
                        + " segment is lost (a power cut while writing leaves exactly this)");
            }
        }
        series.values().forEach(l -> l.sort(java.util.Comparator.comparing(ShowHistory.Point::time)));
        events.sort(java.util.Comparator.comparing(ShowHistory.Event::time));
        return new ShowHistory(from, to, Optional.ofNullable(layout), series, units, events, problems,
                Optional.ofNullable(span[0]), Optional.ofNullable(span[1]));
    }

    /** Tracks the earliest and latest sample or event time, whatever the window. */
    private static void widen(Instant[] span, HistoryRecord r) {
        Instant t = switch (r) {
            case HistoryRecord.Samples s -> s.time();
            case HistoryRecord.Event e -> e.time();
            default -> null;
        };
        if (t != null) {
            span[0] = span[0] == null || t.isBefore(span[0]) ? t : span[0];
            span[1] = span[1] == null || t.isAfter(span[1]) ? t : span[1];
        }
    }

    private static boolean inside(Instant t, Instant from, Instant to) {
        return !t.isBefore(from) && !t.isAfter(to);
    }

    private static boolean header(ByteBuffer in) {
        if (in.remaining() < HistoryLog.HEADER) {
            return false;
        }
        for (byte b : HistoryLog.MAGIC) {
            if (in.get() != b) {
                return false;
            }
        }
        short version = in.getShort();
        in.getLong();
        return version == HistoryLog.VERSION;
    }
}
