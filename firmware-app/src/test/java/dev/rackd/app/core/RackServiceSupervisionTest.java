package dev.rackd.app.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.rackd.app.fixtures.Mosquitto;
import dev.rackd.app.fixtures.TestShow;
import dev.rackd.app.systemd.Notifier;
import dev.rackd.app.systemd.ServiceSupervisor;
import dev.rackd.app.systemd.ServiceSupervisor.StartStep;
import dev.rackd.app.systemd.Watchdog;
import dev.rackd.config.ShowFile;
import dev.rackd.hal.Device;
import dev.rackd.hal.DeviceListener;
import dev.rackd.hal.Quality;
import dev.rackd.hal.Reading;
import dev.rackd.hal.Unit;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real service as systemd sees it (a recording notifier, a watchdog on a clock the test moves): READY=1
 * only once the drivers have started, a status line with the devices online, and no more WATCHDOG=1 while
 * a device's loop is stuck, until it moves again.
 */
class RackServiceSupervisionTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path tmp;

    private final List<String> sent = new CopyOnWriteArrayList<>();
    private final AtomicLong nanos = new AtomicLong();
    private final StuckableAmp amp = new StuckableAmp();
    private ServiceSupervisor supervisor;

    /** Notes what systemd would hear, and whether the amp's driver had started by then. */
    private final Notifier notifier = new Notifier() {
        @Override
        public boolean send(String state) {
            sent.add(state.startsWith("READY=1") ? "READY=1 drivers started: " + amp.started : state);
            return true;
        }

        @Override
        public String describe() {
            return "recording";
        }
    };

    @Test
    void readyOnlyAfterTheDriversStartedAndNoPingsWhileADeviceLoopIsStuck() throws Exception {
        ShowFile show = TestShow.rack("foh").amp("amp-a", "Amp A", 4, Duration.ofSeconds(1)).build();
        supervisor = new ServiceSupervisor(notifier, Optional.of(Duration.ofSeconds(20)), nanos::get);
        DomainModule amps = new DomainModule() {
            @Override
            public String name() {
                return "test-amps";
            }

            @Override
            public void start(RackContext context) {
                context.attach(amp);
            }

            @Override
            public void stop() {}
        };
        try (Mosquitto broker = Mosquitto.start(tmp.resolve("broker"));
                RackService service = new RackService(show, new RunOptions(false, Optional.of(broker.uri()),
                        Optional.of(tmp.resolve("state")), Optional.empty()), Clock.systemUTC(), supervisor,
                        List.of(amps))) {
            supervisor.completed(StartStep.SHOW_LOADED);
            assertThat(sent).noneMatch(s -> s.startsWith("READY=1"));
            service.start();

            assertThat(sent).filteredOn(s -> s.startsWith("READY=1")).containsExactly("READY=1 drivers started: true");
            await().atMost(WAIT).until(() -> sent.contains("STATUS=1/1 amps online, no alerts, MQTT connected"));

            Watchdog.Verdict healthy = tickUntil(Duration.ofSeconds(1), Watchdog.Verdict::pinged);
            assertThat(healthy.summary()).isEqualTo("all loops progressing");

            amp.stuck = true;
            Watchdog.Verdict stalled = tickUntil(Duration.ofSeconds(5), v -> !v.stalls().isEmpty());
            assertThat(stalled.pinged()).isFalse();
            assertThat(stalled.stalls()).extracting(Watchdog.Stall::name).containsExactly("device amp-a");
            assertThat(stalled.stalls().get(0).stalledFor()).isGreaterThan(ServiceWatch.maxStall(Duration.ofSeconds(1)));
            long pings = sent.stream().filter("WATCHDOG=1"::equals).count();
            nanos.addAndGet(Duration.ofSeconds(5).toNanos());
            assertThat(supervisor.tick().pinged()).isFalse();
            assertThat(sent.stream().filter("WATCHDOG=1"::equals).count()).isEqualTo(pings);
            assertThat(sent).anyMatch(s -> s.startsWith("STATUS=STALLED: device amp-a"));

            amp.stuck = false;
            tickUntil(Duration.ofSeconds(1), Watchdog.Verdict::pinged);
            assertThat(sent.stream().filter("WATCHDOG=1"::equals).count()).isGreaterThan(pings);
        }
    }

    /** Moves the watchdog's clock by {@code step} per round, real time passing between, until {@code done}. */
    private Watchdog.Verdict tickUntil(Duration step, Predicate<Watchdog.Verdict> done)
            throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Thread.sleep(200);
            nanos.addAndGet(step.toNanos());
            Watchdog.Verdict v = supervisor.tick();
            if (done.test(v)) {
                return v;
            }
        }
        throw new AssertionError("the watchdog never got there; sent: " + sent);
    }

    /** An amp driver whose loop can be made to hang: its cycles stop, its thread stays. */
    private static final class StuckableAmp implements Device {
        private final AtomicLong cycles = new AtomicLong();
        volatile boolean started;
        volatile boolean stuck;
        private volatile boolean closed;

        @Override
        public String id() {
            return "amp-a";
        }

        @Override
        public void start(DeviceListener listener) {
            started = true;
            Thread.ofVirtual().name("amp-a-loop").start(() -> {
                listener.online("amp-a", true, "answering");
                while (!closed) {
                    if (!stuck) {
                        listener.reading(new Reading("amp-a", "ch1_gain", -3, Unit.DECIBEL, Instant.now(),
                                Quality.GOOD));
                        cycles.incrementAndGet();
                    }
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }

        @Override
        public long cycles() {
            return cycles.get();
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
