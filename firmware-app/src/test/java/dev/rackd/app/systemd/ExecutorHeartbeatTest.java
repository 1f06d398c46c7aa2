package dev.rackd.app.systemd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ExecutorHeartbeatTest {
    private final ExecutorService rules = Executors.newSingleThreadExecutor();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        rules.shutdownNow();
    }

    @Test
    void aWorkingExecutorBeatsAndABlockedOneStallsTheWatchdog() throws Exception {
        AtomicLong nanos = new AtomicLong();
        RecordingNotifier notifier = new RecordingNotifier();
        Watchdog watchdog = new Watchdog(notifier, nanos::get);
        ExecutorHeartbeat heartbeat = new ExecutorHeartbeat("alert rules", rules, Duration.ofSeconds(3));
        watchdog.register(heartbeat);

        for (int i = 1; i <= 3; i++) {
            long seen = heartbeat.progress();
            await().atMost(Duration.ofSeconds(15)).until(() -> heartbeat.progress() > seen);
            nanos.addAndGet(Duration.ofSeconds(1).toNanos());
            assertThat(watchdog.tick().pinged()).isTrue();
        }

        CountDownLatch blocked = new CountDownLatch(1);
        rules.execute(() -> {
            blocked.countDown();
            try {
                release.await(); // a rule stuck on a lock
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        blocked.await();
        long pingsBefore = notifier.pings();
        Watchdog.Verdict v = null;
        for (int i = 0; i < 6; i++) {
            nanos.addAndGet(Duration.ofSeconds(1).toNanos());
            v = watchdog.tick();
        }
        assertThat(v.pinged()).isFalse();
        // the 3 s window, plus one tick for a beat that was already queued before the rule got stuck
        assertThat(notifier.pings() - pingsBefore).isBetween(3L, 4L);
        assertThat(v.stalls()).extracting(Watchdog.Stall::name).containsExactly("alert rules");

        release.countDown();
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            nanos.addAndGet(Duration.ofMillis(100).toNanos());
            return watchdog.tick().pinged();
        });
    }

    @Test
    void aShutDownExecutorStallsInsteadOfThrowing() {
        rules.shutdownNow();
        ExecutorHeartbeat heartbeat = new ExecutorHeartbeat("mqtt", rules, Duration.ofSeconds(1));
        assertThat(heartbeat.progress()).isZero();
        assertThat(heartbeat.progress()).isZero();
    }
}
