package dev.rackd.app.wireless.coord;

/**
 * How microphones and in-ear monitors are kept apart.
 *
 * <p>In-ear transmitters sit in the rack next to the mic receivers and radiate far more power into them than a
 * body-pack on stage does, so:
 *
 * @param micIemSpacingKhz   a mic carrier and an in-ear carrier are at least this far apart (desensitisation of
 *                           the mic receiver by the strong in-ear carrier)
 * @param iemProductGuardKhz a product made only of in-ear carriers that lands near a mic carrier needs at least this
 *                           guard (for every order the mic's profile checks at all), because those transmitters are
 *                           strong and close together
 */
public record Separation(int micIemSpacingKhz, int iemProductGuardKhz) {
    /** 4 MHz between the two kinds and a 300 kHz guard for in-ear products on mics. */
    public static final Separation DEFAULT = new Separation(4_000, 300);

    public Separation {
        if (micIemSpacingKhz < 0 || micIemSpacingKhz > 100_000 || iemProductGuardKhz < 0
                || iemProductGuardKhz > CompatibilityProfile.MAX_GUARD_KHZ) {
            throw new IllegalArgumentException("mic/in-ear separation out of range: " + micIemSpacingKhz + " kHz, "
                    + iemProductGuardKhz + " kHz");
        }
    }
}
