package dev.rackd.rig.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The /usr/bin/rackd launcher: which Java it picks, and what the JVM gets for the service and for the CLI. */
class LauncherTest {
    private static final Path LAUNCHER = Command.systemdDir().resolve("rackd");

    @TempDir
    Path dir;
    private Path jar;
    private Path state;

    @BeforeEach
    void probeJar() throws IOException {
        jar = dir.resolve("rackd.jar");
        Manifest mf = new Manifest();
        mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        mf.getMainAttributes().put(Attributes.Name.MAIN_CLASS, LauncherProbe.class.getName());
        String entry = LauncherProbe.class.getName().replace('.', '/') + ".class";
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), mf);
                InputStream in = LauncherProbe.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            in.transferTo(out);
        }
        state = Files.createDirectories(dir.resolve("state/tmp")).getParent();
    }

    private Command launch(Map<String, String> extra, String... args) throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("JAVA_HOME", null);
        env.put("RACKD_JAVA_OPTS", null);
        env.put("RACKD_JAR", jar.toString());
        env.put("STATE_DIRECTORY", state.toString());
        env.putAll(extra);
        List<String> argv = new java.util.ArrayList<>(List.of(LAUNCHER.toString()));
        argv.addAll(List.of(args));
        return Command.run(argv, env, dir);
    }

    private Map<String, String> thisJava() {
        return Map.of("RACKD_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    @Test
    void theServiceGetsAFixedPreTouchedHeapALowPauseCollectorAndItsOwnTmp() throws Exception {
        Command c = launch(thisJava(), "run", "--config", "/etc/rackd/rack.yaml", "two words");
        assertThat(c.exit()).as(c.output()).isZero();
        assertThat(c.output()).contains("args=run|--config|/etc/rackd/rack.yaml|two words")
                .contains("flag=-Xms256m", "flag=-Xmx256m", "flag=-XX:+AlwaysPreTouch", "flag=-XX:+ExitOnOutOfMemoryError")
                .contains("tmpdir=" + state.resolve("tmp"))
                .contains("flag=-XX:SharedArchiveFile=" + state.resolve("tmp/rackd-java" + Runtime.version().feature() + ".jsa"));
        String arch = System.getProperty("os.arch");
        if (arch.equals("amd64") || arch.equals("aarch64")) {
            assertThat(c.output()).contains("gc=ZGC");
        }
    }

    @Test
    void heapAndExtraOptionsCanBeOverridden() throws Exception {
        Map<String, String> env = new HashMap<>(thisJava());
        env.put("RACKD_HEAP", "128m");
        env.put("RACKD_JAVA_OPTS", "-Dcrew=monitors");
        Command c = launch(env, "run");
        assertThat(c.output()).contains("flag=-Xmx128m", "flag=-Dcrew=monitors");
    }

    @Test
    void otherCommandsStartSmall() throws Exception {
        Command c = launch(thisJava(), "validate", "show.yaml");
        assertThat(c.exit()).as(c.output()).isZero();
        assertThat(c.output()).contains("args=validate|show.yaml", "flag=-XX:+UseSerialGC", "flag=-Xmx96m")
                .doesNotContain("AlwaysPreTouch", "SharedArchiveFile");
    }

    @Test
    void fileNamesWithUmlautsWorkWithoutALocaleFromTheSession() throws Exception {
        Map<String, String> env = new HashMap<>(thisJava());
        env.put("LANG", null);
        env.put("LC_ALL", null);
        env.put("LC_CTYPE", null);
        Command c = launch(env, "validate", "Bühne.yaml");
        assertThat(c.exit()).as(c.output()).isZero();
        assertThat(c.output()).contains("jnu=UTF-8", "args=validate|Bühne.yaml");
    }

    @Test
    void picksJava21FromTheJvmFolderWhenPathHasAnOlderOne() throws Exception {
        Path jvms = dir.resolve("jvm");
        fakeJava(jvms.resolve("java-17-openjdk-arm64"), "17.0.13", true);
        fakeJava(jvms.resolve("temurin-21-jre-arm64"), "21.0.5", true);
        Path bin = fakeJava(dir.resolve("old"), "17.0.13", false);
        Command c = launch(Map.of("RACKD_JVM_ROOT", jvms.toString(), "PATH", bin + ":/usr/bin:/bin"), "run");
        assertThat(c.output()).startsWith("fake 21.0.5:").contains("-XX:+ZGenerational")
                .doesNotContain("--sun-misc-unsafe-memory-access"); // Java 21 would refuse to start
    }

    @Test
    void readsTheVersionFromTheBinaryWhenThereIsNoReleaseFile() throws Exception {
        Path bin = fakeJava(dir.resolve("path"), "25.0.1", false);
        Command c = launch(Map.of("RACKD_JVM_ROOT", dir.resolve("none").toString(), "PATH", bin + ":/usr/bin:/bin"),
                "status");
        assertThat(c.output()).startsWith("fake 25.0.1:").contains("--sun-misc-unsafe-memory-access=allow");
    }

    @Test
    void saysWhatToInstallWhenNoJava21IsThere() throws Exception {
        Path bin = fakeJava(dir.resolve("old"), "17.0.13", false);
        Command c = launch(Map.of("RACKD_JVM_ROOT", dir.resolve("none").toString(), "PATH", bin + ":/usr/bin:/bin"),
                "run");
        assertThat(c.exit()).isEqualTo(1);
        assertThat(c.output()).contains("no Java 21 or newer found", "apt install openjdk-21-jre-headless");
    }

    /** A java that answers -version like the real one and otherwise prints its version and arguments. */
    private static Path fakeJava(Path home, String version, boolean releaseFile) throws IOException {
        Path bin = Files.createDirectories(home.resolve("bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\n"
                + "if [ \"$1\" = -version ]; then echo 'openjdk version \"" + version + "\" 2024-10-15' >&2; exit 0; fi\n"
                + "echo \"fake " + version + ": $*\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        if (releaseFile) {
            Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"test\"\nJAVA_VERSION=\"" + version + "\"\n");
        }
        return bin;
    }
}
