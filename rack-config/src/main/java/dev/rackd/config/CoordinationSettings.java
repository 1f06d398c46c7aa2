package dev.rackd.config;

import java.util.List;

/**
 * How the wireless is coordinated at this venue.
 *
 * @param tvPlan          US 6 MHz or EU 8 MHz channels
 * @param excludedTv      TV channels in use at the venue
 * @param exclusionsKhz   ranges nobody may use
 * @param profile         compatibility level
 * @param occupiedDbm     scan level above which a frequency counts as occupied
 * @param backups         how many clean backups to keep
 * @param includedTv      when not empty, the only TV channels coordination may use (the venue's clear ones)
 */
public record CoordinationSettings(
        TvPlan tvPlan,
        List<Integer> excludedTv,
        List<KhzRange> exclusionsKhz,
        Profile profile,
        double occupiedDbm,
        int backups,
        List<Integer> includedTv) {
    /** The plan a show file without {@code tv_plan} uses; {@code rackd rf coordinate} defaults to it too. */
    public static final TvPlan DEFAULT_TV_PLAN = TvPlan.EU;

    public CoordinationSettings {
        excludedTv = List.copyOf(excludedTv);
        exclusionsKhz = List.copyOf(exclusionsKhz);
        includedTv = List.copyOf(includedTv);
    }

    /** Settings with every TV channel of the plan open unless excluded. */
    public CoordinationSettings(TvPlan tvPlan, List<Integer> excludedTv, List<KhzRange> exclusionsKhz,
                                Profile profile, double occupiedDbm, int backups) {
        this(tvPlan, excludedTv, exclusionsKhz, profile, occupiedDbm, backups, List.of());
    }

    public enum TvPlan { US, EU }

    public enum Profile { STANDARD, ROBUST, MORE }
}
