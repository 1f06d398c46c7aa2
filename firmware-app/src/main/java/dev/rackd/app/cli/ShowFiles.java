package dev.rackd.app.cli;

import dev.rackd.config.ConfigError;
import dev.rackd.config.ShowFile;
import dev.rackd.config.ShowFileException;
import dev.rackd.config.ShowFileLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/** Loading a show file for a subcommand: errors go to stderr one per line, the caller exits 2. */
final class ShowFiles {
    private ShowFiles() {}

    static Optional<ShowFile> load(Path file, PrintWriter err) {
        try {
            return Optional.of(ShowFileLoader.load(file));
        } catch (ShowFileException e) {
            for (ConfigError error : e.errors()) {
                err.println(error);
            }
            err.flush();
            return Optional.empty();
        }
    }
}
