package dev.rackd.app.wireless;

import dev.rackd.app.alerts.Alerts;
import dev.rackd.app.alerts.Severity;
import dev.rackd.config.WirelessReceiver.WirelessChannel;
import dev.rackd.hal.Quality;
import dev.rackd.hal.Reading;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches every receiver channel's readings and raises the wireless alerts the alert engine cannot judge from one
 * reading: RF drop-out (below -90 dBm while the transmitter is on) and interference. Battery bars and minutes are
 * plain thresholds: the engine's default rules judge those (warning at 2 bars, critical at 1; 30 and 10 minutes), and
 * the engine's offline rule judges a receiver that stops answering, so the crew never gets one problem twice. On
 * interference it proposes the best clean backup; where the show file allows it for the channel it re-tunes by itself,
 * but only while the channel is muted or idle (audio at -50 dBFS or below); otherwise {@code rf_retune} does it. A
 * channel whose receiver reports another frequency than the deployed plan's for 10 s raises a warning.
 */
final class ChannelWatch implements Consumer<Reading> {
    static final double DROPOUT_DBM = -90;
    /** The bottom of the ULX-D and Sennheiser audio meters: nothing is coming through. */
    static final double IDLE_DBFS = -50;
    static final String OFF_PLAN_RULE = "wireless_off_plan";
    /** Longer than a deploy or re-tune takes to be read back, so one in flight is never reported. */
    static final Duration OFF_PLAN_HOLD = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(ChannelWatch.class);
    private static final Pattern METRIC = Pattern.compile("ch(\\d+)_([a-z_]+)");

    private final WirelessRuntime runtime;
    private final Alerts alerts;
    private final BackupFinder finder;
    private final Executor retunes;
    private final Set<String> receiverIds;
    private final Map<String, ChannelState> states = new ConcurrentHashMap<>();

    /** What the watch knows of one channel. */
    private static final class ChannelState {
        volatile int bars = -1;
        volatile double rfDbm = Double.NaN;
        volatile double audioDbfs = Double.NaN;
        volatile boolean muted;
        volatile boolean interfered;
        volatile boolean retuning;
        volatile Optional<Long> proposal = Optional.empty();
        volatile Instant offPlanSince;
        volatile long offPlanKhz;
        volatile boolean offPlanRaised;
    }

    ChannelWatch(WirelessRuntime runtime, Alerts alerts, BackupFinder finder, Executor retunes) {
        this.runtime = runtime;
        this.alerts = alerts;
        this.finder = finder;
        this.retunes = retunes;
        this.receiverIds = Set.copyOf(runtime.show().receivers().stream().map(r -> r.id()).toList());
    }

    /** The backup proposed for an interfered channel, if any. */
    Optional<Long> proposal(String key) {
        ChannelState s = states.get(key);
        return s == null || !s.interfered ? Optional.empty() : s.proposal;
    }

    @Override
    public void accept(Reading r) {
        Matcher m = METRIC.matcher(r.metric());
        if (!receiverIds.contains(r.deviceId()) || !m.matches()) {
            return;
        }
        String key = FrequencyPlan.key(r.deviceId(), Integer.parseInt(m.group(1)));
        ChannelState s = states.computeIfAbsent(key, k -> new ChannelState());
        boolean good = r.quality() == Quality.GOOD;
        double v = r.value();
        switch (m.group(2)) {
            case "battery_bars" -> s.bars = good ? (int) v : -1;
            case "rf" -> {
                s.rfDbm = v;
                if (good && v < DROPOUT_DBM && s.bars > 0) {
                    alerts.raise("wireless_rf_dropout", r.deviceId(), r.metric(), Severity.WARNING, v, DROPOUT_DBM,
                            name(key) + " RF dropped to " + Math.round(v) + " dBm");
                } else if (good && v > DROPOUT_DBM + 5) {
                    alerts.clear("wireless_rf_dropout", r.deviceId(), r.metric());
                }
            }
            case "audio" -> s.audioDbfs = v;
            case "frequency" -> {
                if (good) {
                    runtime.reported(key, Math.round(v));
                    checkPlan(key, s, r);
                }
            }
            case "mute" -> s.muted = good && v == 1;
            case "interference" -> {
                if (good && v == 1 && !s.interfered) {
                    s.interfered = true;
                    s.proposal = finder.best(key, runtime.deployed(), runtime.scan());
                    announce(key, s, r);
                } else if (good && v == 0 && s.interfered) {
                    s.interfered = false;
                    alerts.clear("wireless_interference", r.deviceId(), r.metric());
                }
            }
            default -> { }
        }
        // judged on every reading of the channel: a receiver that reports its frequency only when it changes (the
        // EW at connect) keeps saying where it is while its other meters come
        offPlanHeld(key, s, r);
        maybeRetune(key, s);
    }

    /**
     * A channel that is not where the deployed plan has it (moved at the receiver's front panel, or while rackd was
     * down) is not what the intermodulation and every backup were judged against: said once it has held for a
     * while.
     */
    private void checkPlan(String key, ChannelState s, Reading r) {
        long on = Math.round(r.value());
        if (s.offPlanSince == null || s.offPlanKhz != on) {
            s.offPlanSince = r.time();
            s.offPlanKhz = on;
        }
    }

    private void offPlanHeld(String key, ChannelState s, Reading r) {
        if (s.offPlanSince == null) {
            return;
        }
        String metric = "ch" + key.substring(key.lastIndexOf('/') + 1) + "_frequency";
        Long planned = runtime.deployed().mainsKhz().get(key);
        if (planned == null || s.offPlanKhz == planned || s.retuning) { // a deploy or re-tune read back puts it on
            if (s.offPlanRaised) {
                alerts.clear(OFF_PLAN_RULE, r.deviceId(), metric);
            }
            s.offPlanRaised = false;
            return;
        }
        if (!s.offPlanRaised && Duration.between(s.offPlanSince, r.time()).compareTo(OFF_PLAN_HOLD) >= 0) {
            s.offPlanRaised = true;
            long on = s.offPlanKhz;
            alerts.raise(OFF_PLAN_RULE, r.deviceId(), metric, Severity.WARNING, on, planned, name(key) + " is on "
                    + on + " kHz, the deployed plan has " + planned + " kHz (changed at the receiver?); intermod and"
                    + " backups are judged on the plan: rf_retune with frequency_khz " + planned + " puts it back");
        }
    }

    private void announce(String key, ChannelState s, Reading r) {
        String msg = s.proposal.map(f -> "interference on " + name(key) + " at " + runtime.deployed().mainsKhz().get(key)
                + " kHz; clean backup " + f + " kHz" + (autoRetune(key)
                        ? " (re-tunes by itself once the channel is muted or idle)"
                        : "; send rf_retune for " + key + " to move it"))
                .orElse("interference on " + name(key) + "; no clean backup left: coordinate again (rf_coordinate)");
        alerts.raise("wireless_interference", r.deviceId(), r.metric(), Severity.WARNING, 1, 1, msg);
    }

    private void maybeRetune(String key, ChannelState s) {
        boolean idle = s.muted || (!Double.isNaN(s.audioDbfs) && s.audioDbfs <= IDLE_DBFS);
        if (!s.interfered || s.retuning || s.proposal.isEmpty() || !idle || !autoRetune(key)) {
            return;
        }
        s.retuning = true;
        long to = s.proposal.get();
        retunes.execute(() -> {
            try {
                WirelessRuntime.Tuned t = runtime.retune(key, to, "interference, channel muted or idle");
                if (!t.ok()) {
                    LOG.warn("automatic re-tune of {} to {} kHz failed: {}", key, to, t.error());
                }
            } catch (Exception e) {
                LOG.warn("automatic re-tune of {} failed", key, e);
            } finally {
                s.proposal = Optional.empty();
                s.retuning = false;
            }
        });
    }

    private boolean autoRetune(String key) {
        return ShowSystems.channel(runtime.show(), key).map(WirelessChannel::autoRetune).orElse(false);
    }

    private String name(String key) {
        return ShowSystems.channel(runtime.show(), key).map(c -> key + " '" + c.name() + "'").orElse(key);
    }
}
