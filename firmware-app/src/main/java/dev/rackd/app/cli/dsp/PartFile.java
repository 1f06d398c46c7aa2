package dev.rackd.app.cli.dsp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The result being written beside its final name, as a hidden {@code .NAME.PID.part} file. While it is open, a
 * shutdown of the JVM (Ctrl-C, SIGTERM) removes it instead of leaving it behind; the JVM then exits 130 or 143 as
 * usual. The removal and the rename exclude each other, so the hook can only ever take away the part file before it
 * became the output, never the finished output.
 */
final class PartFile implements AutoCloseable {
    private final Path path;
    private final Thread onShutdown;
    private boolean settled; // renamed to the output, or removed: guarded by this

    /** Registers the shutdown hook, then creates the file. */
    PartFile(Path path) throws IOException {
        this.path = path;
        onShutdown = Thread.ofPlatform().name("dsp-process-part-file").unstarted(this::abandon);
        Runtime.getRuntime().addShutdownHook(onShutdown);
        try {
            create();
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    /** Under the lock, so that a shutdown that came first is not undone by a file created after it. */
    private synchronized void create() throws IOException {
        if (settled) {
            throw stopped();
        }
        Files.deleteIfExists(path); // left by a run that was killed, whose process number this one has now
        Files.createFile(path); // with the umask's permissions, as any new file; a temporary file's are owner-only
    }

    Path path() {
        return path;
    }

    /** Renames the part file over {@code target}; refused once a shutdown has removed it. */
    synchronized void moveTo(Path target) throws IOException {
        if (settled) {
            throw stopped();
        }
        Files.move(path, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        settled = true;
    }

    /** Removes the part file unless it became the output; takes the hook away when not shutting down. */
    @Override
    public void close() throws IOException {
        try {
            Runtime.getRuntime().removeShutdownHook(onShutdown);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs or has run: it removes the file
        }
        synchronized (this) {
            if (!settled) {
                settled = true;
                Files.deleteIfExists(path);
            }
        }
    }

    private static IOException stopped() {
        return new IOException("stopped (SIGINT or SIGTERM) before the result was complete");
    }

    private void abandon() {
        try {
            close();
        } catch (IOException e) {
            // the JVM is going away; nothing is left to tell it to
        }
    }
}
