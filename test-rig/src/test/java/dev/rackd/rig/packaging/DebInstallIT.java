package dev.rackd.rig.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Installs, upgrades, removes and purges the package in a scratch root with the real dpkg
 * ({@code dpkg --root --force-script-chrootless}: the maintainer scripts run with $DPKG_ROOT, as when a
 * system is bootstrapped). The scratch root has a minimal user database and, standing in for a booted
 * systemd, a {@code /run/systemd/system} folder; {@code systemctl} and {@code deb-systemd-invoke} are
 * stand-ins on PATH that record what the scripts ask of them. deb-systemd-helper is the real one.
 */
class DebInstallIT {
    private static final String WANTS = "etc/systemd/system/multi-user.target.wants/rackd.service";

    @TempDir
    Path dir;
    private Path root;
    private Path calls;

    @BeforeAll
    static void needsRootAndDpkg() {
        assumeTrue(Command.available("dpkg") && Command.available("deb-systemd-helper") && Command.available("useradd"),
                "dpkg, deb-systemd-helper (init-system-helpers) or useradd (passwd) missing: the install was not tried");
        assumeTrue(Deb.isRoot(), "installing into a scratch root sets owners: run the tests as root");
    }

    @BeforeEach
    void scratchRoot() throws IOException {
        root = dir.resolve("root");
        for (String d : List.of("var/lib/dpkg/info", "var/lib/dpkg/updates", "var/lib/dpkg/triggers", "run/systemd/system")) {
            Files.createDirectories(root.resolve(d));
        }
        Files.createFile(root.resolve("var/lib/dpkg/status"));
        Files.createFile(root.resolve("var/lib/dpkg/available"));
        // like a fresh Debian: dialout and audio exist, gpio and i2c do not (Raspberry Pi OS adds those)
        Deb.writeLines(root.resolve("etc/passwd"), "root:x:0:0:root:/root:/bin/bash",
                "nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin");
        Deb.writeLines(root.resolve("etc/group"), "root:x:0:", "dialout:x:20:", "audio:x:29:", "nogroup:x:65534:");
        Deb.writeLines(root.resolve("etc/shadow"), "root:*:19000:0:99999:7:::", "nobody:*:19000:0:99999:7:::");
        Deb.writeLines(root.resolve("etc/gshadow"), "root:*::", "dialout:*::", "audio:*::", "nogroup:*::");

        Path bin = Files.createDirectories(dir.resolve("stand-ins"));
        calls = dir.resolve("calls.log");
        for (String tool : List.of("systemctl", "deb-systemd-invoke")) {
            Path p = bin.resolve(tool);
            Files.writeString(p, "#!/bin/sh\necho \"" + tool + " $*\" >> '" + calls + "'\nexit 0\n");
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private String dpkg(String... action) throws Exception {
        List<String> argv = new ArrayList<>(List.of("dpkg", "--root=" + root, "--force-script-chrootless",
                "--force-depends", "--force-confold", "--log=/dev/null"));
        argv.addAll(Arrays.asList(action));
        Command c = Command.run(argv, Map.of("PATH", dir.resolve("stand-ins") + ":" + System.getenv("PATH")), dir);
        assertThat(c.exit()).as(c.output()).isZero();
        return c.output();
    }

    private String install() throws Exception {
        return dpkg("-i", Deb.file().toString());
    }

    private List<String> calls() throws IOException {
        return Files.exists(calls) ? Files.readAllLines(calls) : List.of();
    }

    /** name:x:id:... line of etc/passwd or etc/group. */
    private Optional<String[]> entry(String db, String name) throws IOException {
        return Files.readAllLines(root.resolve("etc/" + db)).stream().map(l -> l.split(":", -1))
                .filter(f -> f[0].equals(name)).findFirst();
    }

    private int id(String db, String name) throws IOException {
        return Integer.parseInt(entry(db, name).orElseThrow()[2]);
    }

    private String owner(String path) throws IOException {
        Path p = root.resolve(path);
        int mode = (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 0777;
        return Integer.toOctalString(mode) + " " + Files.getAttribute(p, "unix:uid") + ":" + Files.getAttribute(p, "unix:gid");
    }

    @Test
    void aFreshInstallMakesTheUserAndStateFolderAndEnablesButDoesNotStart() throws Exception {
        String out = install();

        String[] user = entry("passwd", "rackd").orElseThrow();
        assertThat(Integer.parseInt(user[2])).as("a system uid").isLessThan(1000);
        assertThat(user[5]).isEqualTo("/var/lib/rackd");
        assertThat(user[6]).isEqualTo("/usr/sbin/nologin");
        int uid = id("passwd", "rackd");
        int gid = id("group", "rackd");
        assertThat(Integer.parseInt(user[3])).isEqualTo(gid);
        for (String group : List.of("dialout", "gpio", "i2c", "audio")) {
            assertThat(entry("group", group).orElseThrow()[3].split(",")).as(group).contains("rackd");
        }

        assertThat(owner("var/lib/rackd")).isEqualTo("750 " + uid + ":" + gid);
        assertThat(owner("var/lib/rackd/tmp")).isEqualTo("750 " + uid + ":" + gid);
        assertThat(owner("etc/rackd")).isEqualTo("750 0:" + gid);
        assertThat(owner("etc/rackd/rack.yaml")).isEqualTo("640 0:" + gid);

        assertThat(Files.readSymbolicLink(root.resolve(WANTS)))
                .isEqualTo(Path.of("/usr/lib/systemd/system/rackd.service"));
        assertThat(calls()).containsExactly("systemctl --system daemon-reload");
        assertThat(out).contains("installed and enabled, not started");
    }

    @Test
    void anUpgradeKeepsTheShowFileTheStateTheAdminsChoicesAndDoesNotRestart() throws Exception {
        install();
        Path show = root.resolve("etc/rackd/rack.yaml");
        Files.writeString(show, Files.readString(show) + "# tuned for tonight's room\n");
        Files.setPosixFilePermissions(show, PosixFilePermissions.fromString("rw-------"));
        Files.writeString(root.resolve("var/lib/rackd/energy"), "kWh so far");
        Files.delete(root.resolve(WANTS)); // what "systemctl disable rackd" does
        Files.delete(calls);

        String out = install();

        assertThat(Files.readString(show)).endsWith("# tuned for tonight's room\n");
        assertThat(owner("etc/rackd/rack.yaml")).startsWith("600 ");
        assertThat(root.resolve("var/lib/rackd/energy")).hasContent("kWh so far");
        assertThat(root.resolve(WANTS)).doesNotExist();
        assertThat(calls()).noneMatch(c -> c.matches(".*\\b(start|restart|try-restart|reload-or-restart)\\b.*"));
        assertThat(out).contains("restart it", "between shows");
    }

    @Test
    void removeKeepsShowFileAndStateAndPurgeDeletesThem() throws Exception {
        install();
        Files.writeString(root.resolve("var/lib/rackd/notches"), "ring-out of the afternoon");

        dpkg("-r", "rackd");
        assertThat(calls()).contains("deb-systemd-invoke stop rackd.service");
        assertThat(root.resolve("usr/share/rackd/rackd.jar")).doesNotExist();
        assertThat(root.resolve("usr/bin/rackd")).doesNotExist();
        assertThat(root.resolve("usr/lib/systemd/system/rackd.service")).doesNotExist();
        assertThat(root.resolve("etc/rackd/rack.yaml")).exists();
        assertThat(root.resolve("var/lib/rackd/notches")).hasContent("ring-out of the afternoon");

        dpkg("-P", "rackd");
        assertThat(root.resolve("etc/rackd")).doesNotExist();
        assertThat(root.resolve("var/lib/rackd")).doesNotExist();
        assertThat(entry("passwd", "rackd")).as("the user stays: files elsewhere may be its").isPresent();
    }

    /**
     * Packages before this one put the unit in /lib/systemd/system. On a merged-/usr system (/lib a link to usr/lib)
     * that is the very file the new package puts in /usr/lib, and dpkg removing the old path must not take the new
     * file with it: the rack would not start at the next boot.
     */
    @Test
    void anUpgradeFromTheUnitInLibOnMergedUsrKeepsTheUnitAndItStaysEnabled() throws Exception {
        dpkg("-i", mergedUsr().toString());
        dpkg("-i", libLayoutPackage().toString());
        assertThat(Files.isSymbolicLink(root.resolve(WANTS))).as("enabled by the old package").isTrue();

        install();

        Path unit = root.resolve("usr/lib/systemd/system/rackd.service");
        assertThat(unit).hasSameBinaryContentAs(Deb.repo().resolve("systemd/rackd.service"));
        Path target = Files.readSymbolicLink(root.resolve(WANTS));
        assertThat(root.resolve(target.toString().substring(1))).as("the enablement link still leads to the unit")
                .isRegularFile();
    }

    /**
     * The /lib link of a merged-/usr system, owned by a package as on a real one (base-files on Debian 13; on Debian 12
     * libc's files under /lib keep it too): dpkg leaves a path another package holds in place. The package has a file
     * of its own besides, as those do, or dpkg would count it gone once another package holds all its paths.
     */
    private Path mergedUsr() throws Exception {
        Path tree = dir.resolve("merged-usr");
        Deb.writeLines(tree.resolve("usr/lib/merged-usr-stand-in"), "the /lib link's owner");
        Files.createSymbolicLink(tree.resolve("lib"), Path.of("usr/lib"));
        Deb.writeLines(tree.resolve("DEBIAN/control"), "Package: merged-usr-stand-in", "Version: 1",
                "Architecture: all", "Maintainer: rackd tests <tests@rackd.invalid>",
                "Description: the /lib link of a merged-/usr system");
        Path deb = dir.resolve("merged-usr.deb");
        Deb.run("dpkg-deb", "--build", "--root-owner-group", tree.toString(), deb.toString());
        return deb;
    }

    /** This package as the ones before it were laid out: the unit in /lib, and an older version. */
    private Path libLayoutPackage() throws Exception {
        Path tree = dir.resolve("old");
        Deb.run("dpkg-deb", "-R", Deb.file().toString(), tree.toString());
        Path from = tree.resolve("usr/lib/systemd/system/rackd.service");
        Path to = Files.createDirectories(tree.resolve("lib/systemd/system")).resolve("rackd.service");
        Files.move(from, to);
        Path md5sums = tree.resolve("DEBIAN/md5sums");
        if (Files.exists(md5sums)) {
            Files.writeString(md5sums, Files.readString(md5sums).replace(" usr/lib/systemd/", " lib/systemd/"));
        }
        Path control = tree.resolve("DEBIAN/control");
        Files.writeString(control, Files.readString(control).replaceFirst("(?m)^Version: .*$", "Version: 0.0.1"));
        Path deb = dir.resolve("rackd-old.deb");
        Deb.run("dpkg-deb", "--build", "--root-owner-group", "-Znone", tree.toString(), deb.toString());
        return deb;
    }
}
