package dev.rackd.app.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
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
 * skipped. Whatever else is named like a segment (a folder, a link, an empty or unreadable file) is skipped and
 * reported too. Throws only when the folder itself cannot be listed; never for bad bytes.
 */
final class HistoryReader {
    /** Segments larger than this are not read whole (the writer never makes one). */
    static final long MAX_SEGMENT_BYTES = 64L << 20;

    private HistoryReader() {}

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
            String notAFile = notAFile(file);
            if (notAFile != null) {
                problems.add(name + ": " + notAFile + "; skipped");
                continue;
            }
            byte[] bytes;
            try {
                long size = Files.size(file);
                if (size > MAX_SEGMENT_BYTES) {
                    problems.add(name + ": " + size + " bytes, too large to be a history segment; skipped");
                    continue;
                }
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                problems.add(name + ": " + unreadable(e) + "; skipped");
                continue;
            }
            if (bytes.length == 0) {
                problems.add(name + ": empty (a power cut just as rackd began it leaves this); skipped");
                continue;
            }
            ByteBuffer in = ByteBuffer.wrap(bytes);
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

    /**
     * Why an entry named like a segment is no file rackd wrote, or null for a plain file. A link is not followed: it
     * could lead to a segment read already, out of the folder, or to a pipe that never ends.
     */
    private static String notAFile(Path file) {
        if (Files.isSymbolicLink(file)) {
            try {
                return "a link to " + Files.readSymbolicLink(file) + ", not a segment rackd wrote (copy the file in"
                        + " instead)";
            } catch (IOException e) {
                return "a link, not a segment rackd wrote";
            }
        }
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            return "a folder, not a history segment";
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return "not a plain file (a device, a pipe or a socket)";
        }
        return null;
    }

    /** Why a file could not be read, in words for the crew rather than the exception's. */
    static String unreadable(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "rackd may not read it (its owner or permissions)";
        }
        if (e instanceof NoSuchFileException) {
            return "gone while the report was read (rackd deletes the oldest segments to make room)";
        }
        return "could not be read: " + reason(e);
    }

    /** The system's own words ("Input/output error"), without the exception's name or a repeat of the path. */
    static String reason(IOException e) {
        String why = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        return why == null || why.isBlank() ? "the system gave no reason" : why;
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
