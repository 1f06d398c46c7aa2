package dev.rackd.rig.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
        assumeTrue(HostUnits.available(), "no systemd unit tree on this machine; verify cannot resolve rackd's targets");
        Path units = Files.createDirectories(root.resolve(HostUnits.IN_ROOT));
        Files.copy(UNIT, units.resolve("rackd.service"));
        Files.copy(Command.systemdDir().resolve("rackd"), Files.createDirectories(root.resolve("usr/bin")).resolve("rackd"));

        Command c = HostUnits.verify(root);
        assertThat(c.output()).isEmpty();
        assertThat(c.exit()).isZero();
    }
}
