package dev.rackd.app.wireless;

import dev.rackd.app.wireless.coord.CoordinationRequest;
import dev.rackd.config.TvChannels;
import dev.rackd.app.wireless.coord.WirelessSystem;
import dev.rackd.config.CoordinationSettings;
import dev.rackd.config.CoordinationSettings.TvPlan;
import dev.rackd.config.ShowFile;
import dev.rackd.hal.wireless.scan.ScanPoint;
import java.util.List;

/**
 * The show file's coordination settings as a request: TV plan, included and excluded TV channels, exclusions, the
 * occupancy threshold applied to the latest scan, and the number of backups. One place, so a coordination and a
 * backup found later judge the venue the same way.
 */
final class ShowRequest {
    /** A show file without a coordination section: its default plan (EU), nothing excluded, -85 dBm, no backups. */
    static final CoordinationSettings NONE = new CoordinationSettings(CoordinationSettings.DEFAULT_TV_PLAN, List.of(),
            List.of(), CoordinationSettings.Profile.STANDARD, -85, 0);
    /** How far either side of a candidate the scan is looked at. */
    static final int SCAN_HALF_WIDTH_KHZ = 100;

    private ShowRequest() {}

    static CoordinationSettings settings(ShowFile show) {
        return show.coordination().orElse(NONE);
    }

    /**
     * @throws IllegalArgumentException when the show's included TV channels hold no UHF channel (no frequency could
     *                                  be used at all), in the crew's words
     */
    static CoordinationRequest.Builder of(ShowFile show, List<WirelessSystem> systems, List<ScanPoint> scan) {
        CoordinationSettings c = settings(show);
        // The show file accepts the VHF channels of the US plan; no wireless frequency falls in them.
        List<Integer> included = uhf(c.tvPlan(), c.includedTv());
        if (!c.includedTv().isEmpty() && included.isEmpty()) {
            throw new IllegalArgumentException("included_tv " + c.includedTv() + " names no UHF TV channel (from "
                    + TvChannels.firstChannel(c.tvPlan()) + " on the " + c.tvPlan() + " plan): no frequency is open");
        }
        return CoordinationRequest.builder(systems).tvPlan(c.tvPlan()).includeTv(included)
                .excludeTv(uhf(c.tvPlan(), c.excludedTv())).exclude(c.exclusionsKhz())
                .scan(scan, c.occupiedDbm(), SCAN_HALF_WIDTH_KHZ).backups(Math.max(0, c.backups()));
    }

    private static List<Integer> uhf(TvPlan plan, List<Integer> channels) {
        return channels.stream().filter(ch -> ch >= TvChannels.firstChannel(plan)).toList();
    }
}
