package dev.rackd.rig.packaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * systemd-analyze verify resolves a unit's targets and ExecStart inside a root; this copies the host's
 * unit tree into a scratch root so rackd's unit can be checked there as the package lays it out.
 */
final class HostUnits {
    static final Path DIR = Path.of("/lib/systemd/system");

    private HostUnits() {}

    static boolean available() {
        return Files.exists(DIR.resolve("sysinit.target")) && Command.available("systemd-analyze");
    }

    /** Copies the host's units under {@code root}, keeping what is already there (rackd's own unit). */
    static void copyInto(Path root) throws IOException {
        Path to = root.resolve("lib/systemd/system");
        try (Stream<Path> all = Files.walk(DIR)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(DIR.relativize(p).toString());
                if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                if (Files.isSymbolicLink(p)) {
                    Files.createDirectories(target.getParent());
                    Files.createSymbolicLink(target, Files.readSymbolicLink(p));
                } else if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    /** systemd-analyze verify of rackd.service inside {@code root}: empty output and exit 0 when clean. */
    static Command verify(Path root) throws IOException, InterruptedException {
        copyInto(root);
        return Command.run(List.of("systemd-analyze", "verify", "--root=" + root, "rackd.service"));
    }
}
