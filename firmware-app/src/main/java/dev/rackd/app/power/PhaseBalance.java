package dev.rackd.app.power;

import dev.rackd.app.alerts.Severity;
import dev.rackd.config.PowerMeter;
import dev.rackd.hal.Reading;
import dev.rackd.hal.Unit;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Phase imbalance of one feed: the meters on one serial line (one distro) summed per phase, as the
 * largest deviation from the mean over the mean, published as {@code imbalance} in % on the feed's first
 * meter. Not judged below an average of 2 A, where a single idle amp would read as 100 %.
 */
final class PhaseBalance {
    static final String RULE = "power.imbalance";
    private static final double MIN_MEAN_AMPS = 2.0;

    private final String reportAs;
    private final Map<String, Map<String, Reading>> currents = new HashMap<>();
    private final Threshold threshold;
    private final AlertSink alerts;
    private final Consumer<Reading> publish;
    private final Duration fresh;

    PhaseBalance(List<PowerMeter> feed, double warningPercent, AlertSink alerts, Consumer<Reading> publish,
            Duration fresh) {
        this.reportAs = feed.get(0).id();
        this.threshold = new Threshold(warningPercent, warningPercent * 2, warningPercent / 5, true);
        this.alerts = alerts;
        this.publish = publish;
        this.fresh = fresh;
        for (String phase : List.of("l1", "l2", "l3")) {
            currents.put(phase, new HashMap<>());
        }
    }

    void current(String meterId, String phase, Reading r) {
        currents.get(phase).put(meterId, r);
        Instant now = r.time();
        double[] sums = new double[3];
        for (int i = 0; i < 3; i++) {
            Map<String, Reading> perMeter = currents.get("l" + (i + 1));
            if (perMeter.isEmpty()) {
                return; // not a three-phase feed (yet)
            }
            for (Reading x : perMeter.values()) {
                if (x.time().isBefore(now.minus(fresh))) {
                    return;
                }
                sums[i] += x.value();
            }
        }
        double mean = (sums[0] + sums[1] + sums[2]) / 3;
        if (mean < MIN_MEAN_AMPS) {
            return;
        }
        double worst = 0;
        for (double s : sums) {
            worst = Math.max(worst, Math.abs(s - mean));
        }
        double imbalance = worst / mean * 100;
        publish.accept(Reading.good(reportAs, "imbalance", imbalance, Unit.PERCENT, now));
        boolean changed = threshold.update(imbalance).isPresent();
        double limit = threshold.limit(threshold.level().orElse(Severity.WARNING));
        alerts.follow(threshold, changed, RULE, reportAs, "imbalance", imbalance, "Phase imbalance "
                + Words.whole(imbalance) + " % (L1 " + Words.one(sums[0]) + " A, L2 " + Words.one(sums[1]) + " A, L3 "
                + Words.one(sums[2]) + " A), limit " + Words.whole(limit) + " %");
    }
}
