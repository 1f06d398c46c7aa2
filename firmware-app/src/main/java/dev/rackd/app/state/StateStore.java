package dev.rackd.app.state;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;

/**
 * State that must survive a power cut, one small file per name under one folder.
 *
 * <p>Each file is written whole and atomically (temp file, fsync, rename, fsync of the folder) and carries
 * a header with its length and a CRC32C, so a torn or garbage file is detected on read, set aside as
 * {@code NAME.corrupt-<millis>} and reported, and the caller starts from its defaults. The SD card of a
 * Pi in a touring case loses power every night; nothing here trusts that a write finished.
 *
 * <p>Everything it writes stays inside its folder (temp files included), so it works on a read-only root
 * where only the state folder is writable. The folder is bounded: per name, in total, and in the number
 * of damaged files kept for a post-mortem.
 */
public final class StateStore {
    private static final int MAGIC = 0x524B4431; // "RKD1"
    private static final int HEADER = 12;
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final String TMP = ".tmp";
    private static final String CORRUPT = ".corrupt-";
    /** Damaged files kept per name; older ones are deleted. */
    static final int CORRUPT_KEPT = 3;
    /** The total limit of the older constructor: far above real state, far below a 16 GB card. */
    public static final long DEFAULT_MAX_TOTAL_BYTES = 64L * 1024 * 1024;

    /**
     * A file found damaged on read and what became of it.
     *
     * @param where {@code set aside as <path>}, or why it could not be
     */
    public record Damage(String name, String why, String where) {
        /** In the crew's words, as the store's problems are told. */
        public String words() {
            return "state file '" + name + "' was damaged (" + why + "); " + where + ", starting from defaults";
        }
    }

    private final Path dir;
    private final long maxBytes;
    private final long maxTotalBytes;
    private final Clock clock;
    private final Consumer<String> problems;

    /**
     * @param maxBytes largest payload one name may hold; larger writes are refused
     * @param problems told, in the crew's words, about every corrupt file set aside
     */
    public StateStore(Path dir, long maxBytes, Clock clock, Consumer<String> problems) throws IOException {
        this(dir, maxBytes, DEFAULT_MAX_TOTAL_BYTES, clock, problems);
    }

    /**
     * @param maxTotalBytes what all files in the folder together may take; a write past it is refused
     */
    public StateStore(Path dir, long maxBytes, long maxTotalBytes, Clock clock, Consumer<String> problems)
            throws IOException {
        this.dir = dir;
        this.maxBytes = maxBytes;
        this.maxTotalBytes = maxTotalBytes;
        this.clock = clock;
        this.problems = problems;
        Files.createDirectories(dir);
        if (!Files.isWritable(dir)) {
            throw new IOException("state directory " + dir + " is not writable (a read-only root needs this"
                    + " one folder writable)");
        }
        removeLeftoverTemps();
    }

    public Path dir() {
        return dir;
    }

    /** Replaces the named state with {@code payload}, atomically and durably. */
    public synchronized void write(String name, byte[] payload) throws IOException {
        checkName(name);
        if (payload.length > maxBytes) {
            throw new IOException("state '" + name + "' is " + payload.length + " bytes; the limit is " + maxBytes);
        }
        long after = usedBytesExcept(name) + HEADER + payload.length;
        if (after > maxTotalBytes) {
            throw new IOException("state '" + name + "' would make " + dir + " hold " + after
                    + " bytes; the limit is " + maxTotalBytes);
        }
        CRC32C crc = new CRC32C();
        crc.update(payload);
        ByteBuffer buf = ByteBuffer.allocate(HEADER + payload.length);
        buf.putInt(MAGIC).putInt(payload.length).putInt((int) crc.getValue()).put(payload).flip();

        Path tmp = dir.resolve(name + TMP);
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
        try {
            Files.move(tmp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("state directory " + dir + " cannot rename atomically", e);
        }
        syncDir();
    }

    /**
     * The named state, or empty when there is none or it was corrupt (then set aside and reported).
     */
    public Optional<byte[]> read(String name) throws IOException {
        return read(name, d -> { });
    }

    /**
     * Like {@link #read(String)}, and a damaged file is told to {@code damaged} as well, for a caller whose crew must
     * hear of what was lost.
     */
    public synchronized Optional<byte[]> read(String name, Consumer<Damage> damaged) throws IOException {
        checkName(name);
        Path file = dir.resolve(name);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        long size = Files.size(file);
        if (size > HEADER + maxBytes) { // not read at all: it could be larger than the heap
            setAside(name, file, size + " bytes, more than any state may be", damaged);
            return Optional.empty();
        }
        byte[] all = Files.readAllBytes(file);
        String why = verify(all);
        if (why == null) {
            byte[] payload = new byte[all.length - HEADER];
            System.arraycopy(all, HEADER, payload, 0, payload.length);
            return Optional.of(payload);
        }
        setAside(name, file, why, damaged);
        return Optional.empty();
    }

    public synchronized void delete(String name) throws IOException {
        checkName(name);
        Files.deleteIfExists(dir.resolve(name));
        syncDir();
    }

    /** Moves a damaged file out of the way (keeping the newest few) and reports it; never throws. */
    private void setAside(String name, Path file, String why, Consumer<Damage> damaged) {
        String where;
        try {
            Path aside = dir.resolve(name + CORRUPT + clock.millis());
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            pruneCorrupt(name);
            syncDir();
            where = "set aside as " + aside;
        } catch (IOException e) {
            where = "could not be set aside (" + e.getMessage() + ")";
        }
        Damage d = new Damage(name, why, where);
        problems.accept(d.words());
        damaged.accept(d);
    }

    private void pruneCorrupt(String name) throws IOException {
        List<Path> aside = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, name + CORRUPT + "*")) {
            s.forEach(aside::add);
        }
        aside.sort(Comparator.comparingLong(StateStore::suffixMillis).reversed());
        for (Path old : aside.subList(Math.min(CORRUPT_KEPT, aside.size()), aside.size())) {
            Files.deleteIfExists(old);
        }
    }

    private static long suffixMillis(Path p) {
        String n = p.getFileName().toString();
        try {
            return Long.parseLong(n.substring(n.lastIndexOf(CORRUPT) + CORRUPT.length()));
        } catch (NumberFormatException e) {
            return Long.MIN_VALUE;
        }
    }

    /** Bytes held by every regular file in the folder but {@code name} itself (about to be replaced). */
    private long usedBytesExcept(String name) throws IOException {
        long total = 0;
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) {
                String n = p.getFileName().toString();
                if (!n.equals(name) && !n.equals(name + TMP) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    total += Files.size(p);
                }
            }
        }
        return total;
    }

    /** A temp file left by a write that was cut off never became state; it only takes room. */
    private void removeLeftoverTemps() throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*" + TMP)) {
            for (Path p : s) {
                String stem = p.getFileName().toString();
                if (NAME.matcher(stem.substring(0, stem.length() - TMP.length())).matches()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private String verify(byte[] all) {
        if (all.length < HEADER) {
            return "only " + all.length + " bytes";
        }
        ByteBuffer b = ByteBuffer.wrap(all);
        if (b.getInt() != MAGIC) {
            return "not a rackd state file";
        }
        int len = b.getInt();
        if (len != all.length - HEADER) {
            return "length " + (all.length - HEADER) + " where the header says " + len;
        }
        int expected = b.getInt();
        CRC32C crc = new CRC32C();
        crc.update(all, HEADER, len);
        return (int) crc.getValue() == expected ? null : "checksum mismatch";
    }

    private void syncDir() throws IOException {
        // Makes the rename itself durable; Linux allows fsync on a directory opened read-only.
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        }
    }

    private static void checkName(String name) {
        if (!NAME.matcher(name).matches() || name.endsWith(TMP) || name.contains(CORRUPT)) {
            throw new IllegalArgumentException("bad state name '" + name + "'");
        }
    }
}
