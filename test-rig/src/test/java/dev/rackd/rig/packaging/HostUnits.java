package dev.rackd.rig.packaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * systemd-analyze verify resolves a unit's targets and ExecStart inside a root; this copies the host's
 * unit tree into a scratch root so rackd's unit can be checked there as the package lays it out. Units live in
 * /usr/lib/systemd/system: systemd 255 and later (Debian 13) no longer look in /lib, and on a merged-/usr system
 * (every Debian 12 and Raspberry Pi OS install) /lib is that same folder.
 */
final class HostUnits {
    static final Path DIR = Path.of("/usr/lib/systemd/system");
    /** Where units go inside a root, as the package installs them. */
    static final String IN_ROOT = Path.of("/").relativize(DIR).toString();

    private HostUnits() {}

    static boolean available() {
        return Files.exists(DIR.resolve("sysinit.target")) && Command.available("systemd-analyze");
    }

    /** Copies the host's units under {@code root}, keeping what is already there (rackd's own unit). */
    static void copyInto(Path root) throws IOException {
        Path to = root.resolve(IN_ROOT);
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
