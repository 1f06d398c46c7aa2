package dev.rackd.hal.wireless.scan;

/** One point of a spectrum scan: the level measured at a frequency. */
public record ScanPoint(long frequencyKhz, double levelDbm) {
    public ScanPoint {
        if (frequencyKhz <= 0 || frequencyKhz > 10_000_000) {
            throw new IllegalArgumentException("scan point at " + frequencyKhz + " kHz is not a radio frequency");
        }
        if (!Double.isFinite(levelDbm) || levelDbm < -200 || levelDbm > 50) {
            throw new IllegalArgumentException("scan level " + levelDbm + " dBm at " + frequencyKhz
                    + " kHz is out of range (-200 to 50 dBm)");
        }
    }
}
