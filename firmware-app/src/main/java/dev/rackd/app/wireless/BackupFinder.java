package dev.rackd.app.wireless;

import dev.rackd.app.wireless.coord.Assignment;
import dev.rackd.app.wireless.coord.Carrier;
import dev.rackd.app.wireless.coord.Conflict;
import dev.rackd.app.wireless.coord.CoordinationRequest;
import dev.rackd.app.wireless.coord.Coordinator;
import dev.rackd.app.wireless.coord.IntermodAnalyzer;
import dev.rackd.app.wireless.coord.Separation;
import dev.rackd.config.TvChannels;
import dev.rackd.app.wireless.coord.WirelessSystem;
import dev.rackd.config.CoordinationSettings;
import dev.rackd.config.CoordinationSettings.TvPlan;
import dev.rackd.config.KhzRange;
import dev.rackd.config.ShowFile;
import dev.rackd.config.WirelessReceiver;
import dev.rackd.config.WirelessReceiver.WirelessChannel;
import dev.rackd.hal.wireless.scan.ScanPoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The best clean backup for a channel hit by interference, in another TV channel than the interfered frequency
 * (interference tends to fill a TV channel), not occupied in the latest scan and compatible with every other
 * frequency in use: first a kept backup (the ones picked for this channel first) in the receiver's tuning range and
 * step; when none is left (or the rack never coordinated: the show file's own frequencies), a fresh one, found by
 * coordinating this channel alone around all the others where they are, under the show file's venue settings.
 */
final class BackupFinder {
    /** Enough for one free system among fixed ones: greedy places it or nothing does. */
    private static final long SEARCH_BUDGET = 2_000;
    private final ShowFile show;
    private final IntermodAnalyzer analyzer = new IntermodAnalyzer(Separation.DEFAULT);

    BackupFinder(ShowFile show) {
        this.show = show;
    }

    Optional<Long> best(String key, FrequencyPlan live, List<ScanPoint> scan) {
        Optional<WirelessChannel> channel = ShowSystems.channel(show, key);
        Long now = live.mainsKhz().get(key);
        if (channel.isEmpty() || now == null) {
            return Optional.empty();
        }
        WirelessReceiver rx = ShowSystems.receiver(show, key.substring(0, key.lastIndexOf('/'))).orElseThrow();
        TvPlan plan = ShowRequest.settings(show).tvPlan();
        double occupied = ShowRequest.settings(show).occupiedDbm();
        List<FrequencyPlan.PlanBackup> ordered = new ArrayList<>(live.backups());
        ordered.sort(Comparator.comparing((FrequencyPlan.PlanBackup b) -> !b.forChannel().equals(key)));
        for (FrequencyPlan.PlanBackup b : ordered) {
            long f = b.frequencyKhz();
            boolean fits = f >= rx.tuningMinKhz() && f <= rx.tuningMaxKhz()
                    && (f - rx.tuningMinKhz()) % rx.stepKhz() == 0;
            // offLimits: a plan saved before its TV plan closed a band may still keep a backup there
            if (fits && TvChannels.channelOf(plan, f) != TvChannels.channelOf(plan, now) && !busy(scan, f, occupied)
                    && offLimits(f).isEmpty() && compatible(key, f, live, rx, channel.get())) {
                return Optional.of(f);
            }
        }
        return fresh(key, now, live, scan);
    }

    private Optional<Long> fresh(String key, long now, FrequencyPlan live, List<ScanPoint> scan) {
        Set<String> others = new HashSet<>(live.mainsKhz().keySet());
        others.remove(key);
        List<WirelessSystem> systems = new ArrayList<>();
        for (WirelessSystem s : ShowSystems.of(show, ShowSystems.level(show), others, live)) {
            if (s.id().equals(key)) {
                systems.add(WirelessSystem.of(s.id(), s.minKhz(), s.maxKhz(), s.stepKhz(), s.carrierClass()));
            } else if (s.lockedKhz().isPresent()) {
                systems.add(s); // channels with no frequency yet are not on air: nothing to keep clear of
            }
        }
        TvPlan plan = ShowRequest.settings(show).tvPlan();
        int tv = TvChannels.channelOf(plan, now);
        int width = TvChannels.widthKhz(plan);
        try {
            CoordinationRequest.Builder request = ShowRequest.of(show, systems, scan).backups(0)
                    .searchBudget(SEARCH_BUDGET);
            if (tv > 0 && TvChannels.unlisted(plan, tv).isEmpty()) { // US 37 is closed already and cannot be listed
                request.excludeTv(List.of(tv));
            } else {
                request.exclude(List.of(new KhzRange(Math.max(1, now - width), now + width)));
            }
            return new Coordinator().coordinate(request.build()).assignments().stream()
                    .filter(a -> a.systemId().equals(key)).map(Assignment::frequencyKhz).findFirst();
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // the venue settings leave nothing open; the alert says to coordinate again
        }
    }

    /**
     * What would go wrong on air if {@code key} moved to {@code f} among the others where they are: the first
     * spacing or intermodulation conflict in the crew's words, or empty when it is clean.
     */
    Optional<String> conflictAt(String key, long f, FrequencyPlan live) {
        Optional<WirelessChannel> channel = ShowSystems.channel(show, key);
        if (channel.isEmpty()) {
            return Optional.empty();
        }
        WirelessReceiver rx = ShowSystems.receiver(show, key.substring(0, key.lastIndexOf('/'))).orElseThrow();
        return offLimits(f).or(() -> conflicts(key, f, live, rx, channel.get()).stream().findFirst()
                .map(Conflict::describe));
    }

    /**
     * Where nobody may transmit: what the TV plan closes at every venue, the show file's excluded ranges, the venue's
     * TV channels in use; read from the settings the coordination itself uses.
     */
    private Optional<String> offLimits(long f) {
        CoordinationSettings c = ShowRequest.settings(show);
        Optional<TvChannels.Closed> closed = TvChannels.closedAt(c.tvPlan(), f);
        if (closed.isPresent()) {
            return Optional.of("inside " + closed.get().describe());
        }
        for (KhzRange r : c.exclusionsKhz()) {
            if (r.contains(f)) {
                return Optional.of("inside the show file's excluded range " + r.fromKhz() + "-" + r.toKhz() + " kHz");
            }
        }
        int tv = TvChannels.channelOf(c.tvPlan(), f);
        if (c.excludedTv().contains(tv) || !c.includedTv().isEmpty() && !c.includedTv().contains(tv)) {
            return Optional.of(tv == 0 ? "outside the TV channels the show file's included_tv allows"
                    : "in TV channel " + tv + ", which the show file keeps clear of microphones");
        }
        return Optional.empty();
    }

    private boolean compatible(String key, long f, FrequencyPlan live, WirelessReceiver rx, WirelessChannel ch) {
        return conflicts(key, f, live, rx, ch).isEmpty();
    }

    private List<Conflict> conflicts(String key, long f, FrequencyPlan live, WirelessReceiver rx, WirelessChannel ch) {
        List<Carrier> set = new ArrayList<>();
        live.mainsKhz().forEach((k, khz) -> {
            if (!k.equals(key)) {
                ShowSystems.channel(show, k).ifPresent(c -> set.add(new Carrier(k, khz, ShowSystems.carrierClass(
                        ShowSystems.receiver(show, k.substring(0, k.lastIndexOf('/'))).orElseThrow(), c,
                        ShowSystems.level(show)))));
            }
        });
        set.add(new Carrier(key, f, ShowSystems.carrierClass(rx, ch, ShowSystems.level(show))));
        return analyzer.analyze(set).conflicts().stream()
                .filter(c -> c.victimId().equals(key) || c.sourceIds().contains(key)).toList();
    }

    private static boolean busy(List<ScanPoint> scan, long f, double occupiedDbm) {
        return scan.stream().anyMatch(p -> Math.abs(p.frequencyKhz() - f) <= ShowRequest.SCAN_HALF_WIDTH_KHZ
                && p.levelDbm() >= occupiedDbm);
    }
}
