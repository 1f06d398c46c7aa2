package dev.rackd.app.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 at random moments while a separate JVM writes state, 1,000 times. After every kill the store
 * must hand back a complete value, the last one acknowledged or the one in flight, never a torn one.
 */
class StateStoreKillTest {
    private static final int KILLS = 1000;

    @TempDir
    Path dir;

    @Test
    void aKilledWriterNeverLeavesATornValue() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        List<String> problems = new ArrayList<>();
        long acked = 0;
        int inFlightLanded = 0;
        int killedMidWrite = 0;
        for (int kill = 1; kill <= KILLS; kill++) {
            Process child = startChild();
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String first = out.readLine();
            assertThat(first).as("seed %d, kill %d", seed, kill).isEqualTo("start " + acked);
            LockSupport.parkNanos(random.nextLong(TimeUnit.MILLISECONDS.toNanos(15)));
            child.toHandle().destroyForcibly(); // SIGKILL; Process.destroy would also close its output
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                assertThat(line).as("seed %d: child said", seed).startsWith("ok ");
                acked = Long.parseLong(line.substring(3));
            }
            if (Files.exists(dir.resolve(StateStoreChild.NAME + ".tmp"))) {
                killedMidWrite++;
            }

            StateStore store = new StateStore(dir, StateStoreChild.MAX_BYTES, Clock.systemUTC(), problems::add);
            Optional<byte[]> value = store.read(StateStoreChild.NAME);
            assertThat(problems).as("seed %d, kill %d", seed, kill).isEmpty();
            if (acked == 0 && value.isEmpty()) {
                continue; // killed before the very first write finished
            }
            assertThat(value).as("seed %d, kill %d: value after ack %d", seed, kill, acked).isPresent();
            long seq = StateStoreChild.seqOf(value.get());
            assertThat(seq).as("seed %d, kill %d: a complete value, the acknowledged one or the next", seed, kill)
                    .isIn(acked, acked + 1);
            if (seq == acked + 1) {
                acked = seq; // the write landed; the child died before saying so
                inFlightLanded++;
            }
        }
        System.out.printf("state kill test: %d kills, %d values written, %d kills left a temp file mid-write, "
                + "%d writes landed unacknowledged (seed %d)%n", KILLS, acked, killedMidWrite, inFlightLanded, seed);
        assertThat(killedMidWrite).as("kills must land inside writes, or this test proves little").isPositive();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(StateStoreChild.NAME);
        }
    }

    private Process startChild() throws IOException {
        String cp = codeSource(StateStore.class) + java.io.File.pathSeparator + codeSource(StateStoreChild.class);
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xshare:auto",
                "-cp", cp, StateStoreChild.class.getName(), "torture", dir.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    static String codeSource(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
