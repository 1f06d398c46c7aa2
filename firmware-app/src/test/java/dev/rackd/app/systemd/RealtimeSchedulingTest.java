package dev.rackd.app.systemd;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class RealtimeSchedulingTest {
    /** Runs the promotion on a fresh platform thread and reads back what the kernel says about that thread. */
    @Test
    void whatItReportsIsWhatTheKernelApplied() throws Exception {
        AtomicReference<RealtimeScheduling.Outcome> outcome = new AtomicReference<>();
        AtomicReference<String> policy = new AtomicReference<>();
        AtomicReference<String> cpus = new AtomicReference<>();
        Thread audio = Thread.ofPlatform().name("audio").start(() -> {
            outcome.set(RealtimeScheduling.promoteCurrentThread(RealtimeScheduling.AUDIO_PRIORITY, 0));
            try {
                String stat = Files.readString(Path.of("/proc/thread-self/stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                policy.set(fields[38]); // field 41 counting from pid; fields[0] is field 3
                cpus.set(Files.readAllLines(Path.of("/proc/thread-self/status")).stream()
                        .filter(l -> l.startsWith("Cpus_allowed_list:")).findFirst().orElseThrow()
                        .split(":")[1].trim());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        audio.join();

        assertThat(outcome.get().pinned()).isTrue();
        assertThat(cpus.get()).isEqualTo("0");
        assertThat(outcome.get().realtime()).isEqualTo(policy.get().equals("1"));
        assertThat(outcome.get().detail()).contains(outcome.get().realtime() ? "SCHED_FIFO 60" : "LimitRTPRIO>=60");
    }

    @Test
    void aVirtualThreadIsRefused() throws Exception {
        AtomicReference<RealtimeScheduling.Outcome> outcome = new AtomicReference<>();
        Thread.ofVirtual().start(() -> outcome.set(RealtimeScheduling.promoteCurrentThread(60, 0))).join();
        assertThat(outcome.get().realtime()).isFalse();
        assertThat(outcome.get().pinned()).isFalse();
        assertThat(outcome.get().detail()).contains("platform thread");
    }
}
