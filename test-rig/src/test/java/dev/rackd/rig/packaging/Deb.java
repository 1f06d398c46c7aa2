package dev.rackd.rig.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The .deb the package phase built, and dpkg-deb's views of it. */
final class Deb {
    private Deb() {}

    /** From failsafe's {@code rackd.deb} property; fails (not skips) when the build made no package. */
    static Path file() {
        String path = System.getProperty("rackd.deb");
        assertThat(path).as("system property rackd.deb (set by the test-rig pom)").isNotBlank();
        Path deb = Path.of(path);
        assertThat(deb).as("the package phase should have built " + deb).isRegularFile();
        return deb;
    }

    static String run(String... argv) throws IOException, InterruptedException {
        Command c = Command.run(List.of(argv));
        assertThat(c.exit()).as(String.join(" ", argv) + "\n" + c.output()).isZero();
        return c.output();
    }

    /** Unpacks the data part into {@code dir} (no maintainer scripts run). */
    static Path extract(Path dir) throws IOException, InterruptedException {
        run("dpkg-deb", "-x", file().toString(), dir.toString());
        return dir;
    }

    /** The repository root (tests run with test-rig as working directory). */
    static Path repo() {
        return Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent();
    }

    static boolean isRoot() {
        try {
            return "0".equals(Command.run(List.of("id", "-u")).output().strip());
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    static void writeLines(Path file, String... lines) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n");
    }
}
