package dev.rackd.app.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Pi with a read-only root: a JVM in its own mount namespace where {@code /} (and /tmp, /var/tmp if
 * they are mounts of their own) is remounted read-only and, when asked, only the state folder is bound
 * back writable.
 */
class ReadOnlyRootTest {
    @TempDir
    Path dir;

    private String runStore(Path state, boolean stateWritable) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = StateStoreKillTest.codeSource(StateStore.class) + File.pathSeparator
                + StateStoreKillTest.codeSource(StateStoreChild.class);
        String bindState = stateWritable ? " && mount --bind \"$1\" \"$1\" && mount -o remount,bind,rw \"$1\"" : "";
        // -XX:-UsePerfData: the JVM would otherwise want /tmp/hsperfdata_<user>
        String script = "mount -o remount,bind,ro / && for m in /tmp /var/tmp; do"
                + " if mountpoint -q $m; then mount -o remount,bind,ro $m; fi; done" + bindState
                + " && if touch \"$1/../outside\" 2>/dev/null; then echo 'root is still writable'; exit 3; fi"
                + " && exec \"$2\" -XX:-UsePerfData -XX:TieredStopAtLevel=1 -cp \"$3\" "
                + StateStoreChild.class.getName() + " roundtrip \"$1\"";
        Process p = new ProcessBuilder("unshare", "-rm", "sh", "-c", script, "sh", state.toString(), java, cp)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assumeTrue(!out.contains("unshare: ") && !out.contains("mount: "),
                "this machine allows no private mount namespace (unshare -rm), so a read-only root cannot be staged: "
                        + out);
        assertThat(p.exitValue()).as(out).isZero();
        return out.strip();
    }

    @Test
    void worksWhenOnlyTheStateFolderIsWritable() throws Exception {
        Path state = Files.createDirectories(dir.resolve("var/lib/rackd"));
        assertThat(runStore(state, true)).isEqualTo("ok");
        try (Stream<Path> everything = Files.walk(dir)) {
            assertThat(everything.filter(Files::isRegularFile).map(f -> dir.relativize(f).toString()))
                    .isNotEmpty().allMatch(f -> f.startsWith("var/lib/rackd/energy-l"));
        }
    }

    @Test
    void aStateFolderOnTheReadOnlyRootIsNamedInTheError() throws Exception {
        Path state = Files.createDirectories(dir.resolve("var/lib/rackd"));
        assertThat(runStore(state, false)).isEqualTo("error: state directory " + state
                + " is not writable (a read-only root needs this one folder writable)");
    }
}
