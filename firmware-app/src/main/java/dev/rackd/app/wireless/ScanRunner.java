package dev.rackd.app.wireless;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.rackd.app.command.CommandException;
import dev.rackd.app.command.ErrorCode;
import dev.rackd.hal.wireless.rfexplorer.ScanPlan;
import dev.rackd.hal.wireless.scan.ScanPoint;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The {@code scan} command: the show file's full scan (its range and resolution) with the RF Explorer. A wide scan
 * takes tens of seconds, longer than a command may hold the command thread, so the command answers at once and the
 * result arrives as a {@code scanned} (or {@code scan_failed}) event on {@code <prefix>events/wireless}; the scan is
 * kept (state directory) for the next coordination and for backups.
 */
final class ScanRunner {
    /** A safety net only: the driver fails a scan that stops making progress for 5 s. */
    static final long GIVE_UP_MINUTES = 30;
    private final Optional<ScannerPort> scanner;
    private final WirelessRuntime runtime;
    private final PlanStore plans;
    private final Executor background;
    private final AtomicBoolean running = new AtomicBoolean();

    /** One of the strongest signals, as the crew reads it: where, and how loud. */
    @JsonPropertyOrder({"frequency_khz", "level_dbm"})
    record Peak(@JsonProperty("frequency_khz") long frequencyKhz, @JsonProperty("level_dbm") double levelDbm) {}

    ScanRunner(Optional<ScannerPort> scanner, WirelessRuntime runtime, PlanStore plans, Executor background) {
        this.scanner = scanner;
        this.runtime = runtime;
        this.plans = plans;
        this.background = background;
    }

    Map<String, Object> start() throws CommandException {
        ScannerPort s = scanner.orElseThrow(() -> new CommandException(ErrorCode.NOT_FOUND,
                "the show file has no spectrum scanner"));
        if (!s.online()) {
            throw new CommandException(ErrorCode.DEVICE_OFFLINE, "the scanner " + s.id() + " is offline");
        }
        if (!running.compareAndSet(false, true)) {
            throw new CommandException(ErrorCode.BUSY, "a scan is already running; its result comes as a 'scanned'"
                    + " event on " + topic());
        }
        ScanPlan plan = s.plan();
        s.scan(plan).orTimeout(GIVE_UP_MINUTES, TimeUnit.MINUTES)
                .whenCompleteAsync((points, failure) -> finished(s, plan, points, failure), background);
        Map<String, Object> out = describe(s, plan);
        out.put("points", plan.size());
        out.put("result_on", topic());
        return out;
    }

    private void finished(ScannerPort s, ScanPlan plan, List<ScanPoint> points, Throwable failure) {
        try {
            Map<String, Object> e = describe(s, plan);
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                e.put("error", cause.getMessage() == null ? cause.toString() : cause.getMessage());
                runtime.event("scan_failed", e);
                return;
            }
            runtime.scanned(points);
            plans.saveScan(points);
            e.put("points", points.size());
            e.put("strongest", points.stream().sorted(Comparator.comparingDouble(ScanPoint::levelDbm).reversed())
                    .limit(10).map(p -> new Peak(p.frequencyKhz(), p.levelDbm())).toList());
            runtime.event("scanned", e);
        } finally {
            running.set(false);
        }
    }

    private static Map<String, Object> describe(ScannerPort s, ScanPlan plan) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("scanner", s.id());
        out.put("from_khz", plan.fromKhz());
        out.put("to_khz", plan.toKhz());
        out.put("resolution_khz", plan.resolutionKhz());
        return out;
    }

    private String topic() {
        return runtime.topicPrefix() + "events/wireless";
    }
}
