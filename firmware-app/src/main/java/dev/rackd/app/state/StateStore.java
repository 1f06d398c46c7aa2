package dev.rackd.app.state;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
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
 */
public final class StateStore {
    private static final int MAGIC = 0x524B4431; // "RKD1"
    private static final int HEADER = 12;
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    private final Path dir;
    private final long maxBytes;
    private final Clock clock;
    private final Consumer<String> problems;

    /**
     * @param maxBytes largest payload one name may hold; larger writes are refused
     * @param problems told, in the crew's words, about every corrupt file set aside
     */
    public StateStore(Path dir, long maxBytes, Clock clock, Consumer<String> problems) throws IOException {
        this.dir = dir;
        this.maxBytes = maxBytes;
        this.clock = clock;
        this.problems = problems;
        Files.createDirectories(dir);
        if (!Files.isWritable(dir)) {
            throw new IOException("state directory " + dir + " is not writable");
        }
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
        CRC32C crc = new CRC32C();
        crc.update(payload);
        ByteBuffer buf = ByteBuffer.allocate(HEADER + payload.length);
        buf.putInt(MAGIC).putInt(payload.length).putInt((int) crc.getValue()).put(payload).flip();

        Path tmp = dir.resolve(name + ".tmp");
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
    public synchronized Optional<byte[]> read(String name) throws IOException {
        checkName(name);
        Path file = dir.resolve(name);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        byte[] all = Files.readAllBytes(file);
        String why = verify(all);
        if (why == null) {
            byte[] payload = new byte[all.length - HEADER];
            System.arraycopy(all, HEADER, payload, 0, payload.length);
            return Optional.of(payload);
        }
        Path aside = dir.resolve(name + ".corrupt-" + clock.millis());
        Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
        syncDir();
        problems.accept("state file '" + name + "' was damaged (" + why + "); set aside as " + aside.getFileName()
                + ", starting from defaults");
        return Optional.empty();
    }

    public synchronized void delete(String name) throws IOException {
        checkName(name);
        Files.deleteIfExists(dir.resolve(name));
        syncDir();
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
        if (!NAME.matcher(name).matches() || name.endsWith(".tmp") || name.contains(".corrupt-")) {
            throw new IllegalArgumentException("bad state name '" + name + "'");
        }
    }
}
