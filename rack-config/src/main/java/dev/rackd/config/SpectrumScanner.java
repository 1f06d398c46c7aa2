package dev.rackd.config;

/**
 * An RF Explorer on USB serial.
 *
 * @param baud          500000 (or 2400 when the unit is set to it)
 * @param scanMinKhz    where a full scan starts; wider than one sweep, it is stitched from several spans
 * @param scanMaxKhz    where it ends
 * @param resolutionKhz the bin width of the stitched scan
 */
public record SpectrumScanner(
        String id, String label, String port, int baud, long scanMinKhz, long scanMaxKhz, int resolutionKhz) {

    public static final long DEFAULT_SCAN_MIN_KHZ = 470_000;
    public static final long DEFAULT_SCAN_MAX_KHZ = 700_000;
    public static final int DEFAULT_RESOLUTION_KHZ = 25;

    /** A scanner covering the UHF wireless band, 470-700 MHz, at 25 kHz. */
    public SpectrumScanner(String id, String label, String port, int baud) {
        this(id, label, port, baud, DEFAULT_SCAN_MIN_KHZ, DEFAULT_SCAN_MAX_KHZ, DEFAULT_RESOLUTION_KHZ);
    }
}
