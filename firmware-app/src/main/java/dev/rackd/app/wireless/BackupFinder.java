package dev.rackd.app.wireless;

import dev.rackd.app.wireless.coord.Carrier;
import dev.rackd.app.wireless.coord.IntermodAnalyzer;
import dev.rackd.app.wireless.coord.Separation;
import dev.rackd.app.wireless.coord.TvChannels;
import dev.rackd.config.CoordinationSettings;
import dev.rackd.config.CoordinationSettings.TvPlan;
import dev.rackd.config.ShowFile;
import dev.rackd.config.WirelessReceiver;
import dev.rackd.config.WirelessReceiver.WirelessChannel;
import dev.rackd.hal.wireless.scan.ScanPoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The best clean backup for a channel hit by interference: a kept backup (the ones picked for this channel first)
 * in the receiver's tuning range and step, in another TV channel than the interfered frequency (interference tends to
 * fill a TV channel), not occupied in the latest scan, and compatible with every other frequency in use.
 */
final class BackupFinder {
    private static final int SCAN_WINDOW_KHZ = 100;
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
        TvPlan plan = show.coordination().map(CoordinationSettings::tvPlan).orElse(TvPlan.US);
        double occupied = show.coordination().map(CoordinationSettings::occupiedDbm).orElse(-85.0);
        List<FrequencyPlan.PlanBackup> ordered = new ArrayList<>(live.backups());
        ordered.sort(Comparator.comparing((FrequencyPlan.PlanBackup b) -> !b.forChannel().equals(key)));
        for (FrequencyPlan.PlanBackup b : ordered) {
            long f = b.frequencyKhz();
            boolean fits = f >= rx.tuningMinKhz() && f <= rx.tuningMaxKhz() && (f - rx.tuningMinKhz()) % rx.stepKhz() == 0;
            if (fits && TvChannels.channelOf(plan, f) != TvChannels.channelOf(plan, now) && !busy(scan, f, occupied)
                    && compatible(key, f, live, rx, channel.get())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    private boolean compatible(String key, long f, FrequencyPlan live, WirelessReceiver rx, WirelessChannel ch) {
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
                .noneMatch(c -> c.victimId().equals(key) || c.sourceIds().contains(key));
    }

    private static boolean busy(List<ScanPoint> scan, long f, double occupiedDbm) {
        return scan.stream().anyMatch(p -> Math.abs(p.frequencyKhz() - f) <= SCAN_WINDOW_KHZ
                && p.levelDbm() >= occupiedDbm);
    }
}
