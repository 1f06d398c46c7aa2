package dev.rackd.app.wireless.coord;

import dev.rackd.config.CoordinationSettings.TvPlan;
import dev.rackd.config.KhzRange;
import dev.rackd.config.TvChannels;
import dev.rackd.hal.wireless.scan.ScanPoint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Everything a coordination depends on. Build with {@link #builder(List)}.
 *
 * @param includedTv           when not empty, only these TV channels may be used
 * @param excludedTv           TV channels that may not be used (on air at the venue)
 * @param exclusions           ranges nobody may use
 * @param scan                 the venue scan; empty for none
 * @param occupiedDbm          scan level at or above which a frequency counts as taken
 * @param occupiedHalfWidthKhz how far either side of a candidate the scan is looked at
 * @param backups              clean backup frequencies wanted besides one frequency per system
 * @param searchBudget           placements the backtracking may try in all (work, not time, so results repeat)
 */
public record CoordinationRequest(List<WirelessSystem> systems, TvPlan tvPlan, SortedSet<Integer> includedTv,
        SortedSet<Integer> excludedTv, List<KhzRange> exclusions, List<ScanPoint> scan, double occupiedDbm,
        int occupiedHalfWidthKhz, int backups, Separation separation, long searchBudget) {

    public static final int MAX_SYSTEMS = 500;
    public static final int MAX_BACKUPS = 100;
    public static final long DEFAULT_SEARCH_BUDGET = 100_000;

    public CoordinationRequest {
        systems = List.copyOf(systems);
        includedTv = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(includedTv));
        excludedTv = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(excludedTv));
        exclusions = List.copyOf(exclusions);
        scan = List.copyOf(scan);
        Objects.requireNonNull(tvPlan, "tvPlan");
        Objects.requireNonNull(separation, "separation");
        if (systems.isEmpty() || systems.size() > MAX_SYSTEMS) {
            throw new IllegalArgumentException("coordinate 1 to " + MAX_SYSTEMS + " systems, got " + systems.size());
        }
        Set<String> ids = new HashSet<>();
        for (WirelessSystem s : systems) {
            if (!ids.add(s.id())) {
                throw new IllegalArgumentException("two systems are called '" + s.id() + "'");
            }
        }
        for (int ch : includedTv) {
            listable(tvPlan, ch, "included");
        }
        for (int ch : excludedTv) {
            listable(tvPlan, ch, "excluded");
        }
        if (backups < 0 || backups > MAX_BACKUPS) {
            throw new IllegalArgumentException("backups must be 0 to " + MAX_BACKUPS + ", got " + backups);
        }
        if (!Double.isFinite(occupiedDbm) || occupiedHalfWidthKhz < 0 || occupiedHalfWidthKhz > 10_000) {
            throw new IllegalArgumentException("scan occupancy settings out of range: " + occupiedDbm + " dBm, +-"
                    + occupiedHalfWidthKhz + " kHz");
        }
        if (searchBudget < 0) {
            throw new IllegalArgumentException("search budget must not be negative, got " + searchBudget);
        }
    }

    /** A venue may exclude or include a UHF TV channel the plan leaves open, as the show file allows. */
    private static void listable(TvPlan plan, int ch, String how) {
        TvChannels.unlisted(plan, ch).ifPresent(why -> {
            throw new IllegalArgumentException("TV channel " + ch + " cannot be " + how + ": " + why);
        });
        if (ch < TvChannels.firstChannel(plan) || ch > TvChannels.lastOpenChannel(plan)) {
            throw new IllegalArgumentException("TV channel " + ch + " is not a UHF channel of the " + plan + " plan ("
                    + TvChannels.firstChannel(plan) + " to " + TvChannels.lastOpenChannel(plan) + ")");
        }
    }

    public static Builder builder(List<WirelessSystem> systems) {
        return new Builder(systems);
    }

    /** Defaults: US TV plan, nothing excluded, no scan (threshold -85 dBm, +-100 kHz), no backups. */
    public static final class Builder {
        private final List<WirelessSystem> systems;
        private TvPlan tvPlan = TvPlan.US;
        private final SortedSet<Integer> includedTv = new TreeSet<>();
        private final SortedSet<Integer> excludedTv = new TreeSet<>();
        private final List<KhzRange> exclusions = new ArrayList<>();
        private List<ScanPoint> scan = List.of();
        private double occupiedDbm = -85;
        private int occupiedHalfWidthKhz = 100;
        private int backups;
        private Separation separation = Separation.DEFAULT;
        private long searchBudget = DEFAULT_SEARCH_BUDGET;

        private Builder(List<WirelessSystem> systems) {
            this.systems = List.copyOf(systems);
        }

        public Builder tvPlan(TvPlan plan) {
            this.tvPlan = plan;
            return this;
        }

        public Builder includeTv(Iterable<Integer> channels) {
            channels.forEach(includedTv::add);
            return this;
        }

        public Builder excludeTv(Iterable<Integer> channels) {
            channels.forEach(excludedTv::add);
            return this;
        }

        public Builder exclude(Iterable<KhzRange> ranges) {
            ranges.forEach(exclusions::add);
            return this;
        }

        public Builder scan(List<ScanPoint> points, double occupiedDbm, int halfWidthKhz) {
            this.scan = points;
            this.occupiedDbm = occupiedDbm;
            this.occupiedHalfWidthKhz = halfWidthKhz;
            return this;
        }

        public Builder backups(int count) {
            this.backups = count;
            return this;
        }

        public Builder separation(Separation s) {
            this.separation = s;
            return this;
        }

        public Builder searchBudget(long placements) {
            this.searchBudget = placements;
            return this;
        }

        public CoordinationRequest build() {
            return new CoordinationRequest(systems, tvPlan, includedTv, excludedTv, exclusions, scan, occupiedDbm,
                    occupiedHalfWidthKhz, backups, separation, searchBudget);
        }
    }
}
