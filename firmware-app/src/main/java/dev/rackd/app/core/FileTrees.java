package dev.rackd.app.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removing the temporary folders rackd makes (simulator links, the embedded broker's home). */
public final class FileTrees {
    private FileTrees() {}

    /** Deletes the folder and everything in it; what cannot be deleted stays. Never throws. */
    public static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // left behind in the temp folder; the OS clears it
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // as above
        }
    }
}
