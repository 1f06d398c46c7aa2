package dev.rackd.app.wireless;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rackd.app.command.WireTime;
import dev.rackd.app.core.Messaging;
import dev.rackd.app.wireless.coord.Coordination;
import dev.rackd.app.wireless.coord.CoordinationRequest;
import dev.rackd.app.wireless.coord.Coordinator;
import dev.rackd.app.wireless.coord.ProgressListener;
import dev.rackd.config.CoordinationSettings.Profile;
import dev.rackd.config.ShowFile;
import dev.rackd.hal.wireless.scan.ScanPoint;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The wireless domain's state and actions: the deployed plan (what the receivers were verified to carry), the
 * proposed one, the latest scan; coordinating, deploying, re-tuning. Every change of a frequency is read back from the
 * receiver before the deployed plan (saved in the state directory) records it.
 */
final class WirelessRuntime {
    /** A tune that was not read back within this is a failure. */
    static final long TUNE_TIMEOUT_S = 5;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ShowFile show;
    private final Map<String, ReceiverPort> receivers;
    private final PlanStore plans;
    private final Messaging messaging;
    private final AtomicReference<FrequencyPlan> deployed = new AtomicReference<>();
    private final AtomicReference<FrequencyPlan> proposed = new AtomicReference<>();
    private final AtomicReference<List<ScanPoint>> scan = new AtomicReference<>(List.of());
    /** Per channel, the frequency its receiver last reported or read back: where it really is on air. */
    private final Map<String, Long> reportedKhz = new ConcurrentHashMap<>();

    /** Outcome of one channel's tune. */
    record Tuned(String channel, long wantedKhz, long readBackKhz, String error) {
        boolean ok() {
            return error == null && wantedKhz == readBackKhz;
        }
    }

    WirelessRuntime(ShowFile show, Map<String, ReceiverPort> receivers, PlanStore plans, Messaging messaging) {
        this.show = show;
        this.receivers = Map.copyOf(receivers);
        this.plans = plans;
        this.messaging = messaging;
        deployed.set(plans.load(PlanStore.DEPLOYED).orElseGet(() -> ShowSystems.fromShow(show)));
        plans.load(PlanStore.PROPOSED).ifPresent(proposed::set);
        scan.set(plans.loadScan());
    }

    ShowFile show() {
        return show;
    }

    FrequencyPlan deployed() {
        return deployed.get();
    }

    Optional<FrequencyPlan> proposed() {
        return Optional.ofNullable(proposed.get());
    }

    List<ScanPoint> scan() {
        return scan.get();
    }

    void scanned(List<ScanPoint> points) {
        scan.set(List.copyOf(points));
    }

    /** The receiver reports a channel on {@code khz} (moved at its front panel, or still where a re-tune left it). */
    void reported(String key, long khz) {
        reportedKhz.put(key, khz);
    }

    /** Where a channel is on air: its receiver's last report, else the deployed plan's frequency (0: none). */
    long onAirKhz(String key) {
        Long reported = reportedKhz.get(key);
        return reported != null ? reported : deployed().mainsKhz().getOrDefault(key, 0L);
    }

    /**
     * Coordinates the show's channels (the show file's locked ones and those named keep their frequency) with the
     * show's venue settings and the latest scan; the result waits for deploy.
     *
     * @throws IllegalArgumentException when the show's settings leave no frequency open, in the crew's words
     */
    FrequencyPlan coordinate(Profile level, Set<String> keep, ProgressListener progress) throws IOException {
        CoordinationRequest request = ShowRequest.of(show, ShowSystems.of(show, level, keep, deployed()), scan.get())
                .build();
        Coordination result = new Coordinator().coordinate(request, progress);
        Map<String, Long> mains = new LinkedHashMap<>();
        result.assignments().forEach(a -> mains.put(a.systemId(), a.frequencyKhz()));
        FrequencyPlan plan = new FrequencyPlan(mains, result.backups().stream()
                .map(b -> new FrequencyPlan.PlanBackup(b.forSystemId(), b.frequencyKhz())).toList(),
                level.name().toLowerCase(java.util.Locale.ROOT), result.notes());
        plans.save(PlanStore.PROPOSED, plan);
        proposed.set(plan);
        return plan;
    }

    /**
     * Tunes every channel of the plan, all receivers at once (each driver queues its own), verifying each by
     * read-back within {@link #TUNE_TIMEOUT_S} in all; records what was verified.
     */
    List<Tuned> deploy(FrequencyPlan plan) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TUNE_TIMEOUT_S);
        Map<String, Pending> pending = new LinkedHashMap<>();
        plan.mainsKhz().forEach((key, khz) -> pending.put(key, start(key, khz)));
        List<Tuned> out = new ArrayList<>();
        pending.forEach((key, p) -> out.add(p.await(deadline)));
        FrequencyPlan now = deployed();
        for (Tuned t : out) {
            if (t.ok()) {
                now = now.with(t.channel(), t.readBackKhz());
                reportedKhz.put(t.channel(), t.readBackKhz());
            }
        }
        now = new FrequencyPlan(now.mainsKhz(), plan.backups(), plan.profile(), plan.notes());
        remember(now, "deployed", Map.of("channels", out.stream().filter(Tuned::ok).map(Tuned::channel).toList()));
        return out;
    }

    /**
     * Moves one channel to {@code khz}, verified by read-back. The event's {@code from_khz} is where the receiver was
     * (it may have been moved at its front panel), not where the plan had it.
     */
    Tuned retune(String key, long khz, String why) throws IOException {
        long from = onAirKhz(key);
        Tuned t = start(key, khz).await(System.nanoTime() + TimeUnit.SECONDS.toNanos(TUNE_TIMEOUT_S));
        if (t.ok()) {
            reportedKhz.put(key, t.readBackKhz());
            remember(deployed().with(key, khz), "retuned", Map.of("channel", key, "from_khz", from, "to_khz", khz,
                    "why", why));
        }
        return t;
    }

    /** A tune sent (or refused before sending), waiting for its read-back. */
    private record Pending(String key, long khz, CompletableFuture<Long> readBack, String refusal) {
        Tuned await(long deadlineNanos) {
            if (refusal != null) {
                return new Tuned(key, khz, 0, refusal);
            }
            try {
                long back = readBack.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
                return new Tuned(key, khz, back, back == khz ? null : "read back " + back + " kHz");
            } catch (ExecutionException e) {
                return new Tuned(key, khz, 0, e.getCause().getMessage());
            } catch (TimeoutException e) {
                return new Tuned(key, khz, 0, "no read-back within " + TUNE_TIMEOUT_S + " s");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Tuned(key, khz, 0, "interrupted");
            }
        }
    }

    private Pending start(String key, long khz) {
        int slash = key.lastIndexOf('/');
        ReceiverPort port = slash < 0 ? null : receivers.get(key.substring(0, slash));
        if (port == null) {
            return new Pending(key, khz, null, "no receiver driver for " + key);
        }
        if (!port.online()) {
            return new Pending(key, khz, null, port.id() + " is offline");
        }
        try {
            return new Pending(key, khz, port.tune(Integer.parseInt(key.substring(slash + 1)), khz), null);
        } catch (RuntimeException e) {
            return new Pending(key, khz, null, port.id() + " refused the change: " + e.getMessage());
        }
    }

    private synchronized void remember(FrequencyPlan plan, String event, Map<String, Object> detail) throws IOException {
        plans.save(PlanStore.DEPLOYED, plan);
        deployed.set(plan);
        event(event, detail);
    }

    String topicPrefix() {
        return messaging.prefix();
    }

    /** Publishes a wireless event ({@code <prefix>events/wireless}, not retained) for the crew's screens. */
    void event(String event, Map<String, Object> detail) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("event", event);
        e.put("ts", WireTime.format(Instant.now())); // an event read later, or from history, says when it was
        e.putAll(detail);
        try {
            messaging.publish(messaging.prefix() + "events/wireless", JSON.writeValueAsBytes(e), 1, false);
        } catch (IOException ex) {
            throw new IllegalStateException("event not serialisable: " + e, ex);
        }
    }
}
