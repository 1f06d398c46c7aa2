package dev.rackd.app.wireless;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rackd.app.core.Messaging;
import dev.rackd.app.wireless.coord.Coordination;
import dev.rackd.app.wireless.coord.CoordinationRequest;
import dev.rackd.app.wireless.coord.Coordinator;
import dev.rackd.app.wireless.coord.ProgressListener;
import dev.rackd.config.CoordinationSettings;
import dev.rackd.config.CoordinationSettings.Profile;
import dev.rackd.config.ShowFile;
import dev.rackd.hal.wireless.scan.ScanPoint;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    /** Coordinates the show's channels (keeping those named) with the latest scan; the result waits for deploy. */
    FrequencyPlan coordinate(Profile level, Set<String> keep, ProgressListener progress) throws IOException {
        CoordinationSettings c = show.coordination().orElse(new CoordinationSettings(CoordinationSettings.TvPlan.US,
                List.of(), List.of(), level, -85, 0));
        CoordinationRequest request = CoordinationRequest.builder(ShowSystems.of(show, level, keep, deployed()))
                .tvPlan(c.tvPlan()).excludeTv(c.excludedTv()).exclude(c.exclusionsKhz())
                .scan(scan.get(), c.occupiedDbm(), 100).backups(Math.max(0, c.backups())).build();
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

    /** Tunes every channel of the plan, verifying each by read-back; records what was verified. */
    List<Tuned> deploy(FrequencyPlan plan) throws IOException {
        List<Tuned> out = new ArrayList<>();
        plan.mainsKhz().forEach((key, khz) -> out.add(tune(key, khz)));
        FrequencyPlan now = deployed();
        for (Tuned t : out) {
            if (t.ok()) {
                now = now.with(t.channel(), t.readBackKhz());
            }
        }
        now = new FrequencyPlan(now.mainsKhz(), plan.backups(), plan.profile(), plan.notes());
        remember(now, "deployed", Map.of("channels", out.stream().filter(Tuned::ok).map(Tuned::channel).toList()));
        return out;
    }

    /** Moves one channel to {@code khz}, verified by read-back. */
    Tuned retune(String key, long khz, String why) throws IOException {
        long from = deployed().mainsKhz().getOrDefault(key, 0L);
        Tuned t = tune(key, khz);
        if (t.ok()) {
            remember(deployed().with(key, khz), "retuned", Map.of("channel", key, "from_khz", from, "to_khz", khz,
                    "why", why));
        }
        return t;
    }

    private Tuned tune(String key, long khz) {
        int slash = key.lastIndexOf('/');
        ReceiverPort port = slash < 0 ? null : receivers.get(key.substring(0, slash));
        if (port == null) {
            return new Tuned(key, khz, 0, "no receiver driver for " + key);
        }
        if (!port.online()) {
            return new Tuned(key, khz, 0, port.id() + " is offline");
        }
        try {
            long back = port.tune(Integer.parseInt(key.substring(slash + 1)), khz).get(TUNE_TIMEOUT_S, TimeUnit.SECONDS);
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

    private synchronized void remember(FrequencyPlan plan, String event, Map<String, Object> detail) throws IOException {
        plans.save(PlanStore.DEPLOYED, plan);
        deployed.set(plan);
        Map<String, Object> e = new LinkedHashMap<>(detail);
        e.put("event", event);
        messaging.publish(messaging.prefix() + "events/wireless", JSON.writeValueAsBytes(e), 1, false);
    }
}
