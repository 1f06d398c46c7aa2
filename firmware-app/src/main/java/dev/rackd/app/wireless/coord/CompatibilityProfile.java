package dev.rackd.app.wireless.coord;

/**
 * How far apart a receiver needs carriers and intermodulation products, in kHz. A guard of 0 switches that
 * order off. A product closer to a carrier than its guard (strictly less) is a conflict; so is a carrier
 * closer to another than the carrier spacing.
 *
 * @param carrierSpacingKhz carrier-to-carrier spacing
 * @param im3Khz            two-transmitter 3rd-order guard
 * @param im5Khz            two-transmitter 5th-order guard
 * @param im7Khz            two-transmitter 7th-order guard
 * @param im3x3Khz          three-transmitter 3rd-order guard
 */
public record CompatibilityProfile(String name, int carrierSpacingKhz, int im3Khz, int im5Khz, int im7Khz,
        int im3x3Khz) {

    /** Wide enough for any real receiver; keeps the grid arithmetic far from overflow. */
    public static final int MAX_GUARD_KHZ = 10_000;

    public CompatibilityProfile {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a compatibility profile needs a name");
        }
        if (carrierSpacingKhz <= 0 || carrierSpacingKhz > MAX_GUARD_KHZ) {
            throw new IllegalArgumentException("carrier spacing must be 1 to " + MAX_GUARD_KHZ + " kHz, got "
                    + carrierSpacingKhz);
        }
        for (int g : new int[] {im3Khz, im5Khz, im7Khz, im3x3Khz}) {
            if (g < 0 || g > MAX_GUARD_KHZ) {
                throw new IllegalArgumentException("intermod guards must be 0 to " + MAX_GUARD_KHZ + " kHz, got " + g);
            }
        }
    }

    public int guardKhz(IntermodOrder order) {
        return switch (order) {
            case IM3 -> im3Khz;
            case IM5 -> im5Khz;
            case IM7 -> im7Khz;
            case IM3X3 -> im3x3Khz;
        };
    }

    /** {@code cc=400,im3=200,im5=0,im7=0,im3x3=150}: the CLI's and the docs' spelling. */
    public String spacingText() {
        return "cc=" + carrierSpacingKhz + ",im3=" + im3Khz + ",im5=" + im5Khz + ",im7=" + im7Khz + ",im3x3=" + im3x3Khz;
    }
}
