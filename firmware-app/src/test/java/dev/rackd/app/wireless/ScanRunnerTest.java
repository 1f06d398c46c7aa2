package dev.rackd.app.wireless;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rackd.app.command.CommandException;
import dev.rackd.app.command.ErrorCode;
import dev.rackd.app.state.StateStore;
import dev.rackd.hal.wireless.rfexplorer.ScanPlan;
import dev.rackd.hal.wireless.scan.ScanPoint;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scan}: answers at once, scans the show file's range, delivers the result as an event and keeps it. */
class ScanRunnerTest {
    @TempDir
    Path dir;
    private final WirelessFakes.RecordingMessaging messaging = new WirelessFakes.RecordingMessaging();
    private final Scanner scanner = new Scanner();
    private PlanStore plans;
    private WirelessRuntime runtime;
    private ScanRunner runner;

    /** A scanner whose scan finishes when the test says so. */
    private static final class Scanner implements ScannerPort {
        volatile boolean online = true;
        volatile ScanPlan asked;
        volatile CompletableFuture<List<ScanPoint>> running;

        @Override
        public String id() {
            return "rfx";
        }

        @Override
        public boolean online() {
            return online;
        }

        @Override
        public ScanPlan plan() {
            return new ScanPlan(500_000, 520_000, 100);
        }

        @Override
        public CompletableFuture<List<ScanPoint>> scan(ScanPlan plan) {
            asked = plan;
            running = new CompletableFuture<>();
            return running;
        }
    }

    @BeforeEach
    void start() throws Exception {
        plans = new PlanStore(new StateStore(dir, 1 << 20, Clock.systemUTC(), p -> { }));
        runtime = new WirelessRuntime(WirelessFakes.show(), Map.of(), plans, messaging);
        runner = new ScanRunner(Optional.of(scanner), runtime, plans, Runnable::run);
    }

    @Test
    void answersAtOnceWithTheShowFilesRangeAndDeliversTheResultAsAnEvent() throws Exception {
        Map<String, Object> started = runner.start();
        assertThat(started).containsEntry("from_khz", 500_000L).containsEntry("to_khz", 520_000L)
                .containsEntry("resolution_khz", 100).containsEntry("points", 201)
                .containsEntry("result_on", "rackd/rack-a/events/wireless");
        assertThat(scanner.asked).isEqualTo(new ScanPlan(500_000, 520_000, 100));
        assertThatThrownBy(runner::start).isInstanceOfSatisfying(CommandException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.BUSY));
        assertThat(messaging.published).isEmpty();

        scanner.running.complete(List.of(new ScanPoint(500_000, -100), new ScanPoint(500_100, -42.5)));
        assertThat(messaging.published).singleElement().satisfies(p -> assertThat(p)
                .startsWith("rackd/rack-a/events/wireless {\"event\":\"scanned\",\"ts\":").contains("\"scanner\":\"rfx\"")
                .contains("\"points\":2", "{\"frequency_khz\":500100,\"level_dbm\":-42.5}"));
        assertThat(runtime.scan()).hasSize(2);
        assertThat(plans.loadScan()).as("kept across a restart").hasSize(2);
        runner.start(); // free again
    }

    @Test
    void aFailedScanIsReportedAndKeepsThePreviousScan() throws Exception {
        runtime.scanned(List.of(new ScanPoint(510_000, -90)));
        runner.start();
        scanner.running.completeExceptionally(new IllegalStateException("rfx stopped sweeping"));
        assertThat(messaging.published).singleElement().satisfies(p -> assertThat(p)
                .contains("\"event\":\"scan_failed\"", "\"error\":\"rfx stopped sweeping\""));
        assertThat(runtime.scan()).containsExactly(new ScanPoint(510_000, -90));
        scanner.online = false;
        assertThatThrownBy(runner::start).isInstanceOfSatisfying(CommandException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.DEVICE_OFFLINE));
    }
}
