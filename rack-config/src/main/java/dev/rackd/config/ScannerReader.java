package dev.rackd.config;

import java.util.List;

/** {@code wireless.scanner:} — the RF Explorer and the span a full scan covers. */
final class ScannerReader {
    static final List<String> KEYS = List.of("id", "label", "port", "baud", "scan_min_khz", "scan_max_khz",
            "resolution_khz");

    private ScannerReader() {}

    static SpectrumScanner read(Fields f, Registry registry) {
        String id = registry.deviceId(f);
        String port = SerialPorts.required(f, "port", "the RF Explorer, e.g. /dev/ttyUSB1");
        registry.claimEndpoint(f, "port", port, "the spectrum scanner");
        long baud = f.optionalInteger("baud", 2400, 500_000, "baud").orElse(500_000);
        if (baud != 500_000 && baud != 2400) {
            f.error("baud", baud + " is not an RF Explorer speed; allowed: 500000 or 2400");
        }
        long min = f.optionalInteger("scan_min_khz", WirelessReader.MIN_KHZ, WirelessReader.MAX_KHZ, "kHz")
                .orElse(SpectrumScanner.DEFAULT_SCAN_MIN_KHZ);
        long max = f.optionalInteger("scan_max_khz", WirelessReader.MIN_KHZ, WirelessReader.MAX_KHZ, "kHz")
                .orElse(SpectrumScanner.DEFAULT_SCAN_MAX_KHZ);
        if (min >= max) {
            f.error(f.has("scan_max_khz") ? "scan_max_khz" : "scan_min_khz", "the scan ends at " + max
                    + " kHz, not above its start " + min + " kHz; allowed: scan_min_khz < scan_max_khz");
        }
        int resolution = f.integer("resolution_khz", SpectrumScanner.DEFAULT_RESOLUTION_KHZ, 1, 1000, "kHz");
        return new SpectrumScanner(id, f.text("label", id, "any text"), port, (int) baud, min, max, resolution);
    }
}
