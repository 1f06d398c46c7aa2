package dev.rackd.app.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The show history on disk: append-only segment files ({@code seg-<start millis>.rkh}) in one folder,
 * each opened with a header and the rack's layout, then records written whole and forced to the card
 * ({@link #sync()}). A new run never appends to an old segment (its tail may be torn); a segment is closed
 * at {@code segmentBytes}, and the oldest are deleted to keep the folder under {@code totalBytes}.
 * One owner thread: not thread-safe.
 */
final class HistoryLog implements AutoCloseable {
    static final byte[] MAGIC = {'R', 'K', 'D', 'H'};
    static final short VERSION = 1;
    static final int HEADER = 14;
    static final String SUFFIX = ".rkh";

    private final Path dir;
    private final long segmentBytes;
    private final long totalBytes;
    private final Clock clock;
    private final String metaJson;
    private final Map<String, Integer> ids = new HashMap<>();
    private FileChannel segment;
    private long written;

    HistoryLog(Path dir, long segmentBytes, long totalBytes, Clock clock, String metaJson) throws IOException {
        this.dir = dir;
        this.segmentBytes = segmentBytes;
        this.totalBytes = totalBytes;
        this.clock = clock;
        this.metaJson = metaJson;
        Files.createDirectories(dir);
    }

    /** Samples for {@code key -> (unit, value)}; names new series in this segment first. */
    void samples(Instant time, Map<String, Sample> values) throws IOException {
        if (values.isEmpty()) {
            return;
        }
        ensureRoom();
        List<Map.Entry<String, Sample>> entries = new ArrayList<>(values.entrySet());
        int[] idArray = new int[entries.size()];
        float[] v = new float[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            Map.Entry<String, Sample> e = entries.get(i);
            Integer id = ids.get(e.getKey());
            if (id == null) {
                id = ids.size();
                ids.put(e.getKey(), id);
                write(new HistoryRecord.Series(id, e.getKey(), e.getValue().unit()));
            }
            idArray[i] = id;
            v[i] = (float) e.getValue().value();
        }
        write(new HistoryRecord.Samples(time, idArray, v));
    }

    record Sample(String unit, double value) {}

    void event(Instant time, String kind, String json) throws IOException {
        ensureRoom();
        write(new HistoryRecord.Event(time, kind, json));
    }

    /** Makes what was written survive a power cut. */
    void sync() throws IOException {
        if (segment != null) {
            segment.force(false);
        }
    }

    @Override
    public void close() throws IOException {
        if (segment != null) {
            segment.force(false);
            segment.close();
            segment = null;
        }
    }

    private void ensureRoom() throws IOException {
        if (segment != null && written < segmentBytes) {
            return;
        }
        close();
        long now = clock.millis();
        Path file = dir.resolve(String.format("seg-%013d%s", now, SUFFIX));
        while (Files.exists(file)) {
            now++;
            file = dir.resolve(String.format("seg-%013d%s", now, SUFFIX));
        }
        prune();
        segment = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        ByteBuffer h = ByteBuffer.allocate(HEADER).put(MAGIC).putShort(VERSION).putLong(now).flip();
        while (h.hasRemaining()) {
            segment.write(h);
        }
        written = HEADER;
        ids.clear();
        write(new HistoryRecord.Meta(Instant.ofEpochMilli(now), metaJson));
        syncDir();
    }

    private void write(HistoryRecord r) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(RecordCodec.encode(r));
        while (b.hasRemaining()) {
            written += segment.write(b);
        }
    }

    /**
     * Deletes the oldest segments until a new full one fits under the total. Only files rackd could have written: a
     * folder or a link that merely has a segment's name is somebody else's, and is neither counted nor deleted.
     */
    private void prune() throws IOException {
        List<Path> segments = new ArrayList<>();
        long total = 0;
        for (Path p : segments(dir)) {
            if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                segments.add(p);
                total += Files.size(p);
            }
        }
        for (Path p : segments) {
            if (total + segmentBytes <= totalBytes) {
                break;
            }
            total -= Files.size(p);
            Files.deleteIfExists(p);
        }
    }

    private void syncDir() throws IOException {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        }
    }

    /** Everything named like a segment, oldest first: files, and whatever else took such a name. */
    static List<Path> segments(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith("seg-") && n.endsWith(SUFFIX);
            }).sorted().toList();
        } catch (UncheckedIOException e) { // the listing failed part way
            throw e.getCause();
        }
    }
}
