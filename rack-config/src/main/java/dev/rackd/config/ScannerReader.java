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
        Setting min = f.integerSetting("scan_min_khz", SpectrumScanner.DEFAULT_SCAN_MIN_KHZ, WirelessReader.MIN_KHZ,
                WirelessReader.MAX_KHZ, "kHz");
        Setting max = f.integerSetting("scan_max_khz", SpectrumScanner.DEFAULT_SCAN_MAX_KHZ, WirelessReader.MIN_KHZ,
                WirelessReader.MAX_KHZ, "kHz");
        Setting.ordered(f, min, max, false);
        int resolution = f.integer("resolution_khz", SpectrumScanner.DEFAULT_RESOLUTION_KHZ, 1, 1000, "kHz");
        return new SpectrumScanner(id, f.text("label", id, "any text"), port, (int) baud, (long) min.value(),
                (long) max.value(), resolution);
    }
}
