package dev.rackd.rig.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is in rackd_<version>_all.deb, read with dpkg-deb as apt would. */
class DebContentsIT {
    @TempDir
    Path dir;

    /** path -> "mode owner/group", from dpkg-deb -c. */
    private static Map<String, String> listing() throws Exception {
        Map<String, String> files = new HashMap<>();
        for (String line : Deb.run("dpkg-deb", "-c", Deb.file().toString()).split("\n")) {
            String[] f = line.trim().split("\\s+");
            files.put(f[5].replaceFirst("^\\./", "/"), f[0] + " " + f[1]);
        }
        return files;
    }

    @Test
    void filesLandWhereTheUnitAndTheDocsSayWithTheirPermissions() throws Exception {
        assertThat(listing()).contains(
                Map.entry("/usr/share/rackd/rackd.jar", "-rw-r--r-- root/root"),
                Map.entry("/usr/bin/rackd", "-rwxr-xr-x root/root"),
                Map.entry("/usr/lib/systemd/system/rackd.service", "-rw-r--r-- root/root"),
                Map.entry("/etc/rackd/rack.yaml", "-rw-r----- root/root"),
                Map.entry("/usr/share/doc/rackd/install.md", "-rw-r--r-- root/root"));
    }

    @Test
    void controlNamesAJava21RuntimeAndTheShowFileAsAConffile() throws Exception {
        String deb = Deb.file().toString();
        assertThat(Deb.run("dpkg-deb", "-f", deb, "Package").strip()).isEqualTo("rackd");
        assertThat(Deb.run("dpkg-deb", "-f", deb, "Architecture").strip()).isEqualTo("all");
        assertThat(Deb.run("dpkg-deb", "-f", deb, "Depends").strip())
                .startsWith("openjdk-21-jre-headless | temurin-21-jre | temurin-21-jdk | java21-runtime-headless")
                .contains("libasound2t64 | libasound2"); // Java's runtime only recommends ALSA: no sound card without it

        Path control = dir.resolve("control");
        Deb.run("dpkg-deb", "-e", deb, control.toString());
        assertThat(Files.readAllLines(control.resolve("conffiles"))).containsExactly("/etc/rackd/rack.yaml");
        for (String script : new String[] {"postinst", "prerm", "postrm"}) {
            assertThat(Files.getPosixFilePermissions(control.resolve(script))).as(script)
                    .contains(java.nio.file.attribute.PosixFilePermission.OWNER_EXECUTE,
                            java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE);
        }
        assertThat(control.resolve("preinst")).doesNotExist();
    }

    @Test
    void theFilesAreTheOnesInTheRepository() throws Exception {
        Path root = Deb.extract(dir.resolve("root"));
        Path repo = Deb.repo();
        assertThat(root.resolve("usr/bin/rackd")).hasSameBinaryContentAs(repo.resolve("systemd/rackd"));
        assertThat(root.resolve("usr/lib/systemd/system/rackd.service"))
                .hasSameBinaryContentAs(repo.resolve("systemd/rackd.service"));
        assertThat(root.resolve("etc/rackd/rack.yaml"))
                .hasSameBinaryContentAs(repo.resolve("rack-config/examples/touring-rack.yaml"));
        assertThat(root.resolve("usr/share/doc/rackd/install.md")).hasSameBinaryContentAs(repo.resolve("docs/install.md"));
    }

    @Test
    void theJarIsTheWholeServiceInOneFile() throws Exception {
        Path root = Deb.extract(dir.resolve("root"));
        try (JarFile jar = new JarFile(root.resolve("usr/share/rackd/rackd.jar").toFile())) {
            Manifest mf = jar.getManifest();
            assertThat(mf).as("manifest").isNotNull();
            String main = mf.getMainAttributes().getValue("Main-Class");
            assertThat(main).as("Main-Class").isNotBlank();
            assertThat(jar.getEntry(main.replace('.', '/') + ".class")).as(main).isNotNull();
            for (String entry : new String[] {
                "dev/rackd/app/systemd/ServiceSupervisor.class", "dev/rackd/hal/Device.class",
                "dev/rackd/config/ShowFile.class", "rackd-logback.xml", "com/sun/jna/Native.class",
                "com/fazecast/jSerialComm/SerialPort.class", "ch/qos/logback/classic/Logger.class"}) {
                assertThat(jar.getEntry(entry)).as(entry).isNotNull();
            }
        }
    }

    @Test
    void theUnitVerifiesCleanlyAsInstalled() throws Exception {
        assumeTrue(HostUnits.available(), "systemd-analyze or the host's unit tree is missing (apt-get install -y systemd)");
        Command c = HostUnits.verify(Deb.extract(dir.resolve("root")));
        assertThat(c.output()).isEmpty();
        assertThat(c.exit()).isZero();
    }
}
