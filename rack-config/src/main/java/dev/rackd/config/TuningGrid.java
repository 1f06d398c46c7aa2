package dev.rackd.config;

import dev.rackd.config.CoordinationSettings.TvPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The frequencies a receiver can be set to and the venue allows: its band in whole tuning steps from
 * {@code tuning_min_khz} (the grid the drivers and the coordination tune on), outside the coordination's exclusion
 * ranges and the TV channels it rules out.
 */
record TuningGrid(long minKhz, long maxKhz, int stepKhz, List<Exclusion> exclusions) {
    /** @param source where the show file rules it out, as a message names it */
    record Exclusion(KhzRange range, String source) {
        boolean contains(long khz) {
            return range.contains(khz);
        }
    }

    TuningGrid {
        exclusions = List.copyOf(exclusions);
    }

    boolean onGrid(long khz) {
        return Math.floorMod(khz - minKhz, stepKhz) == 0;
    }

    Optional<Exclusion> exclusionOf(long khz) {
        return exclusions.stream().filter(r -> r.contains(khz)).findFirst();
    }

    /**
     * The usable frequency nearest to {@code khz}, as a message names it ({@code 482350 kHz}; both when two are
     * as near: {@code 499975 or 510025 kHz}); empty when the exclusions leave none in the band.
     */
    Optional<String> nearest(long khz) {
        OptionalLong below = atOrBelow(khz);
        OptionalLong above = atOrAbove(khz);
        if (below.isEmpty() || above.isEmpty()) {
            OptionalLong one = below.isPresent() ? below : above;
            return one.isPresent() ? Optional.of(one.getAsLong() + " kHz") : Optional.empty();
        }
        long down = khz - below.getAsLong();
        long up = above.getAsLong() - khz;
        if (down == up && down != 0) {
            return Optional.of(below.getAsLong() + " or " + above.getAsLong() + " kHz");
        }
        return Optional.of((down <= up ? below : above).getAsLong() + " kHz");
    }

    /** The highest usable frequency at or below {@code khz}: each exclusion in the way is stepped over once. */
    private OptionalLong atOrBelow(long khz) {
        long g = stepDown(Math.min(khz, maxKhz));
        for (int jumps = 0; g >= minKhz && jumps <= exclusions.size(); jumps++) {
            Optional<Exclusion> in = exclusionOf(g);
            if (in.isEmpty()) {
                return OptionalLong.of(g);
            }
            g = stepDown(in.get().range().fromKhz() - 1);
        }
        return OptionalLong.empty();
    }

    private OptionalLong atOrAbove(long khz) {
        long g = stepUp(Math.max(khz, minKhz));
        for (int jumps = 0; g <= maxKhz && jumps <= exclusions.size(); jumps++) {
            Optional<Exclusion> in = exclusionOf(g);
            if (in.isEmpty()) {
                return OptionalLong.of(g);
            }
            g = stepUp(in.get().range().toKhz() + 1);
        }
        return OptionalLong.empty();
    }

    private long stepDown(long khz) {
        return minKhz + Math.floorDiv(khz - minKhz, stepKhz) * stepKhz;
    }

    private long stepUp(long khz) {
        return minKhz + Math.ceilDiv(khz - minKhz, (long) stepKhz) * stepKhz;
    }

    /**
     * What the coordination section rules out: what its TV plan closes at every venue (named first: the reason that
     * holds whatever the venue), its {@code exclusions_khz}, its {@code excluded_tv} channels, and, when it lists
     * {@code included_tv}, every other UHF TV channel.
     */
    static List<Exclusion> of(CoordinationSettings c) {
        List<Exclusion> out = new ArrayList<>();
        TvChannels.closed(c.tvPlan()).forEach(x -> out.add(new Exclusion(x.range(), x.describe())));
        c.exclusionsKhz().forEach(r -> out.add(new Exclusion(r, "the excluded range " + r.fromKhz() + "-" + r.toKhz()
                + " kHz (wireless.coordination.exclusions_khz)")));
        TvPlan plan = c.tvPlan();
        int last = TvChannels.lastChannel(plan);
        if (!c.includedTv().isEmpty()) { // as the coordinator has it: outside the TV band is no included channel either
            String outside = " kHz, outside the UHF TV channels; only wireless.coordination.included_tv may be used";
            long bandStart = TvChannels.span(plan, TvChannels.firstChannel(plan)).fromKhz();
            long bandEnd = TvChannels.span(plan, last).toKhz();
            out.add(new Exclusion(new KhzRange(WirelessReader.MIN_KHZ, bandStart - 1), WirelessReader.MIN_KHZ + "-"
                    + (bandStart - 1) + outside));
            out.add(new Exclusion(new KhzRange(bandEnd + 1, WirelessReader.MAX_KHZ), (bandEnd + 1) + "-"
                    + WirelessReader.MAX_KHZ + outside));
        }
        for (int ch = TvChannels.firstChannel(plan); ch <= last; ch++) {
            KhzRange span = TvChannels.span(plan, ch);
            String where = "TV channel " + ch + " (" + span.fromKhz() + "-" + span.toKhz() + " kHz";
            if (c.excludedTv().contains(ch)) {
                out.add(new Exclusion(span, where + ", wireless.coordination.excluded_tv)"));
            } else if (!c.includedTv().isEmpty() && !c.includedTv().contains(ch)) {
                out.add(new Exclusion(span, where + ", not in wireless.coordination.included_tv)"));
            }
        }
        return out;
    }
}
