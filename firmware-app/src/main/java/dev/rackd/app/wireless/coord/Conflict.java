package dev.rackd.app.wireless.coord;

import java.util.List;

/**
 * One compatibility violation: a product (or, for {@code cc}, a carrier) landing closer to a carrier than allowed.
 *
 * @param kind        {@code cc} for carrier spacing, else the order's wire name ({@code im3}, {@code im5},
 *                    {@code im7}, {@code im3x3})
 * @param sourceIds   the carriers that make the product, in formula order (f1, f2[, f3]); for {@code cc} the
 *                    carrier that crowds the victim
 * @param sourcesKhz  their frequencies, same order
 * @param landingKhz  where the product lands (for {@code cc}, the crowding carrier's frequency)
 * @param victimId    the carrier it hits
 * @param guardKhz    the distance that would have been enough
 */
public record Conflict(String kind, List<String> sourceIds, List<Long> sourcesKhz, long landingKhz, String victimId,
        long victimKhz, int guardKhz) {
    public Conflict {
        sourceIds = List.copyOf(sourceIds);
        sourcesKhz = List.copyOf(sourcesKhz);
    }

    public long distanceKhz() {
        return Math.abs(landingKhz - victimKhz);
    }

    /** In the crew's words, e.g. "im3 of 518200, 519400 kHz lands at 520600 kHz, 100 kHz from mic-3 at 520500 kHz (needs 200)". */
    public String describe() {
        String what = kind.equals("cc")
                ? sourceIds.get(0) + " at " + landingKhz + " kHz is"
                : kind + " of " + joined(sourcesKhz) + " kHz lands at " + landingKhz + " kHz,";
        return what + " " + distanceKhz() + " kHz from " + victimId + " at " + victimKhz + " kHz (needs " + guardKhz + ")";
    }

    private static String joined(List<Long> khz) {
        return String.join(", ", khz.stream().map(String::valueOf).toList());
    }
}
