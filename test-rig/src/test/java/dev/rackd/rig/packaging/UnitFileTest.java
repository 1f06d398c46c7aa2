package dev.rackd.rig.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** systemd's own judgement of rackd.service: clean to verify, and little exposed on a venue network. */
class UnitFileTest {
    private static final Path UNIT = Command.systemdDir().resolve("rackd.service");

    @BeforeAll
    static void needsSystemdAnalyze() {
        assumeTrue(Command.available("systemd-analyze"),
                "systemd-analyze is not installed (apt-get install -y systemd); the unit file was not checked");
    }

    @Test
    void exposureIsAtMostTwo() throws Exception {
        Command c = Command.run(List.of("systemd-analyze", "security", "--offline=yes", "--no-pager",
                "--threshold=20", UNIT.toString()));
        Matcher m = Pattern.compile("Overall exposure level for rackd.service: (\\d+\\.\\d)").matcher(c.output());
        assertThat(m.find()).as(c.output()).isTrue();
        assertThat(Double.parseDouble(m.group(1))).as(c.output()).isLessThanOrEqualTo(2.0);
        assertThat(c.exit()).as(c.output()).isZero();
    }

    /**
     * verify wants the ExecStart binary and the standard targets, so it runs against a scratch root
     * holding the host's units, the launcher at /usr/bin/rackd and our unit, as the package lays them out.
     */
    @Test
    void verifyIsCleanWithTheLauncherInPlace(@TempDir Path root) throws Exception {
        Path hostUnits = Path.of("/lib/systemd/system");
        assumeTrue(Files.exists(hostUnits.resolve("sysinit.target")),
                "no systemd unit tree on this machine; systemd-analyze verify cannot resolve rackd's targets");
        Path units = root.resolve("lib/systemd/system");
        copyTree(hostUnits, units);
        Files.copy(UNIT, units.resolve("rackd.service"), StandardCopyOption.REPLACE_EXISTING);
        Path launcher = Files.createDirectories(root.resolve("usr/bin")).resolve("rackd");
        Files.copy(Command.systemdDir().resolve("rackd"), launcher);

        Command c = Command.run(List.of("systemd-analyze", "verify", "--root=" + root, "rackd.service"));
        assertThat(c.output()).isEmpty();
        assertThat(c.exit()).isZero();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
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
}
