package dev.rackd.app.systemd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rackd.hal.Device;
import dev.rackd.hal.DeviceListener;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WatchdogTest {
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final RecordingNotifier notifier = new RecordingNotifier();
    private final Watchdog watchdog = new Watchdog(notifier, nanos::get);
    private final AtomicLong meterCycles = new AtomicLong();
    private final AtomicLong audioBlocks = new AtomicLong();

    private void advance(Duration d) {
        nanos.addAndGet(d.toNanos());
    }

    private void registerRack() {
        watchdog.register(ProgressSource.of(new CountingDevice("meter-a", meterCycles), Duration.ofSeconds(10)));
        watchdog.register(ProgressSource.of("audio loop", Duration.ofSeconds(2), audioBlocks::get));
    }

    /** Both loops run; every second the watchdog looks. */
    private void runFor(int seconds, boolean meterRuns, boolean audioRuns) {
        for (int i = 0; i < seconds; i++) {
            advance(Duration.ofSeconds(1));
            if (meterRuns) {
                meterCycles.incrementAndGet();
            }
            if (audioRuns) {
                audioBlocks.addAndGet(375);
            }
            watchdog.tick();
        }
    }

    @Test
    void pingsOnEveryTickWhileAllLoopsProgress() {
        registerRack();
        runFor(30, true, true);
        assertThat(notifier.pings()).isEqualTo(30);
    }

    @ParameterizedTest
    @ValueSource(strings = {"device meter-a", "audio loop"})
    void aStalledLoopStopsThePingsAndRecoveryResumesThem(String stuck) {
        registerRack();
        boolean meterStuck = stuck.startsWith("device");
        runFor(5, true, true);
        long before = notifier.pings();

        runFor(20, !meterStuck, meterStuck); // the other loop keeps going; the timer keeps ticking
        Watchdog.Verdict stalled = watchdog.tick();
        assertThat(stalled.pinged()).isFalse();
        assertThat(stalled.stalls()).extracting(Watchdog.Stall::name).containsExactly(stuck);
        assertThat(stalled.summary()).startsWith(stuck + " ");
        long allowedQuietTicks = meterStuck ? 10 : 2; // each loop's own window
        assertThat(notifier.pings() - before).isEqualTo(allowedQuietTicks);

        long during = notifier.pings();
        runFor(3, true, true);
        assertThat(notifier.pings() - during).isEqualTo(3);
    }

    @Test
    void aLoopThatStopsAtItsWindowEdgeIsStillHealthyButOneTickLaterIsNot() {
        watchdog.register(ProgressSource.of("audio loop", Duration.ofSeconds(2), audioBlocks::get));
        advance(Duration.ofSeconds(2));
        assertThat(watchdog.tick().pinged()).isTrue();
        advance(Duration.ofMillis(1));
        assertThat(watchdog.tick().pinged()).isFalse();
    }

    @Test
    void anIdleTimerAloneNeverPings() {
        for (int i = 0; i < 10; i++) {
            advance(Duration.ofSeconds(1));
            assertThat(watchdog.tick().pinged()).isFalse();
        }
        assertThat(notifier.sent).isEmpty();
        assertThat(watchdog.tick().summary()).isEqualTo("no progress sources");
    }

    @Test
    void aSourceThatThrowsCountsAsStalledWhileTheOthersAreStillJudged() {
        registerRack();
        watchdog.register(ProgressSource.of("broken", Duration.ofSeconds(1), () -> {
            throw new IllegalStateException("boom");
        }));
        runFor(3, true, false);
        Watchdog.Verdict v = watchdog.tick();
        assertThat(v.pinged()).isFalse();
        assertThat(v.stalls()).extracting(Watchdog.Stall::name).containsExactly("audio loop", "broken");
    }

    @Test
    void aRemovedDeviceNoLongerHoldsThePingsBack() {
        registerRack();
        runFor(15, false, true);
        assertThat(watchdog.tick().pinged()).isFalse();
        watchdog.unregister("device meter-a");
        audioBlocks.incrementAndGet();
        assertThat(watchdog.tick().pinged()).isTrue();
    }

    @Test
    void aNewlyRegisteredSourceGetsAFullWindow() {
        registerRack();
        runFor(5, true, true);
        AtomicLong late = new AtomicLong();
        watchdog.register(ProgressSource.of("device amp-1", Duration.ofSeconds(4), late::get));
        runFor(4, true, true);
        assertThat(watchdog.tick().pinged()).isTrue();
        runFor(1, true, true);
        assertThat(watchdog.tick().pinged()).isFalse();
    }

    /** A driver whose loop the test turns by hand. */
    private record CountingDevice(String id, AtomicLong counter) implements Device {
        @Override
        public void start(DeviceListener listener) {}

        @Override
        public long cycles() {
            return counter.get();
        }

        @Override
        public void close() {}
    }
}
