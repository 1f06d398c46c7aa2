package dev.rackd.config;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The frequencies a receiver can be set to and the venue allows: its band in whole tuning steps from
 * {@code tuning_min_khz} (the grid the drivers and the coordination tune on), outside the coordination's exclusion
 * ranges.
 */
record TuningGrid(long minKhz, long maxKhz, int stepKhz, List<KhzRange> exclusions) {
    TuningGrid {
        exclusions = List.copyOf(exclusions);
    }

    boolean onGrid(long khz) {
        return Math.floorMod(khz - minKhz, stepKhz) == 0;
    }

    Optional<KhzRange> exclusionOf(long khz) {
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
            Optional<KhzRange> in = exclusionOf(g);
            if (in.isEmpty()) {
                return OptionalLong.of(g);
            }
            g = stepDown(in.get().fromKhz() - 1);
        }
        return OptionalLong.empty();
    }

    private OptionalLong atOrAbove(long khz) {
        long g = stepUp(Math.max(khz, minKhz));
        for (int jumps = 0; g <= maxKhz && jumps <= exclusions.size(); jumps++) {
            Optional<KhzRange> in = exclusionOf(g);
            if (in.isEmpty()) {
                return OptionalLong.of(g);
            }
            g = stepUp(in.get().toKhz() + 1);
        }
        return OptionalLong.empty();
    }

    private long stepDown(long khz) {
        return minKhz + Math.floorDiv(khz - minKhz, stepKhz) * stepKhz;
    }

    private long stepUp(long khz) {
        return minKhz + Math.ceilDiv(khz - minKhz, (long) stepKhz) * stepKhz;
    }
}
